/**
 * Inscription en ligne au lycée (R-INSC-1).
 * <p>
 * Two owners, as in the schools: the <strong>lycée</strong> owns its campaign ({@code EnrolmentCampaign}: message,
 * deadline) and, per MEF, the options it offers and their combination rules ({@code MefOptionRule}: LVB exactly one
 * when offered, LVC at most one, optional teachings between a minimum and a maximum, incompatible pairs); the
 * <strong>collège</strong>'s pupil carries his assignment ({@code Assignment}, fed nightly by the collège's
 * ASSIGNMENTS export, {@code docs/feeds/affectations.md}) and his family's {@code Enrolment} — the family logs into
 * the collège's portal.
 * <p>
 * Decisions: the deadline day is open, the next day closed ({@code EnrolmentCampaign.isOpen}); every change after it
 * is refused and logged. One enrolment row per assignment (unique key) and transitions that say whether they changed
 * anything: a double click or a replayed request creates nothing twice and queues no second e-mail. The refusal
 * (« Je n'inscris pas mon enfant ») queues an e-mail to the collège's contact mailbox (else its first address) in the
 * same transaction (R-MAIL-1) and shows as « Refusée » in both schools' follow-up. An option code the MEF does not
 * offer did not come from the form: refused (403) and logged. The administrative-data step keeps a few fields on the
 * enrolment itself (phones, e-mail, address confirmed or corrected): the information sheet is another service.
 * Any change after a confirmation reopens the enrolment, which the family confirms again. The receipt is a PDF
 * streamed to the family, never stored.
 */
package org.scolarite.enrolment;
