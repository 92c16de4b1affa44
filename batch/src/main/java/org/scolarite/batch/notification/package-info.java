/**
 * R-JOB-2: the whole-school mass notification (R-MASS-1 for guardians, R-MASS-2 for pupils) as a restartable Jakarta
 * Batch job, {@code mass-notification}, started from the console through {@link
 * org.scolarite.batch.notification.WholeSchoolNotification}.
 *
 * <p>Decisions: one chunk item is one division (item-count 1), so that each division is notified and committed in
 * one transaction together with its e-mails in the outbox (R-MAIL-1) and the run's progress; the checkpoint is the
 * index of the next division, so a restart resumes after the last committed one, and {@code notifyDivision} skips
 * couples the run already handled, so that nothing is notified or e-mailed twice. The run (not the job repository) is
 * what the console follows: the job listener marks it finished or failed, and a stopped job counts as failed so that
 * « Reprendre » is offered.
 */
package org.scolarite.batch.notification;
