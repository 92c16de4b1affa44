package org.scolarite.structure.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One establishment in the rollover's dry run. {@code pupils} and {@code divisions} are today's, to be rebuilt by the
 * first exports of the new year; {@code continuingAccounts} are the « Utilisé » accounts that keep identifier and
 * chosen password into the new year (R-ACC-7); {@code pendingAccounts} are notified but not activated, deleted 3 months
 * after their notification (R-ACC-6), between {@code firstExpiry} and {@code lastExpiry} (null when there are none);
 * {@code openServices} stay open: the rollover closes nothing.
 */
public record EstablishmentForecast(long establishmentId, String uai, String name, long pupils, long divisions,
                                    long continuingAccounts, long pendingAccounts, LocalDate firstExpiry,
                                    LocalDate lastExpiry, int openServices) implements Serializable {
}
