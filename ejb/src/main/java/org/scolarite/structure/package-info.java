/**
 * Structure of the académie: {@code Academy}, {@code Establishment} (identified by its {@code Uai}, collège or
 * lycée), {@code SchoolYear} (rentrée → end date, named by its start year as SIECLE does), the national {@code Mef}
 * nomenclature, {@code Division} (class, SIECLE structure D) and {@code TeachingGroup} (SIECLE structure G).
 *
 * <p>Decisions: the MEF table is national (one row per code) because SIECLE codes are national; divisions and groups
 * belong to an establishment and are keyed by (establishment, code) so that replication can upsert them (R-REPL-2).
 * The UAI control letter is checked: a wrong UAI in an export header must be refused, not matched to nothing.
 *
 * <p>Year rollover (« bascule d'année », {@code YearRollover}, académie administrators only): a dry run that writes
 * nothing, then the creation of the next school year ({@code SchoolYearPlan}: only the year after the one under way,
 * once, with consistent dates), audited. Nothing else changes that day: services stay open, divisions are rebuilt by the
 * first exports of the new year, and the nightly housekeeping continues the activated accounts from the rentrée on
 * (R-ACC-7, R-JOB-1).
 */
package org.scolarite.structure;
