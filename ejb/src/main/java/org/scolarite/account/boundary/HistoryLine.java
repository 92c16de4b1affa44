package org.scolarite.account.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of the notification history of « Gérer le compte » (R-IND-1): when, what (in French), the mode or detail,
 * by whom, and the identifier of the account concerned (a couple may have had several, R-ACC-6).
 */
public record HistoryLine(LocalDateTime at, String action, String detail, String actor, String username)
        implements Serializable {
}
