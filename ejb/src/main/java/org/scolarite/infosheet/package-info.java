/**
 * « Fiche de renseignements » (R-FICHE-1): a guardian reads and corrects his child's information sheet (tab Élève,
 * shared by both guardians) and his own (tab Responsable) on the portal; every change is a {@code ChangeRequest}
 * (field, old value, new value) pending at the school, which accepts or refuses it field by field in the console.
 *
 * <p>Rules ({@code SheetReview}, {@code FieldFormat}, unit-tested without a container): phones, e-mails and postal
 * codes are checked and normalized; a value equal to the school's is no request; while one guardian's change of the
 * pupil is pending the other cannot change the pupil's data; a second change of a pending field replaces its new value
 * (the last one wins) and typing back the school's value withdraws it. Regime and pupil address are not fields of the
 * sheet ({@code SheetField}): only the school changes them, and a request naming them is forged and refused.
 *
 * <p>Decisions: an accepted value is written into the replicated {@code Student}/{@code Guardian} record at once (the
 * families see it; the next replication from SIECLE overwrites it unless the school carried it there, hence the CSV
 * export of the accepted changes keyed by ELEVE_ID / PERSONNE_ID); each decision queues a confirmation e-mail to the
 * guardian in the same transaction (R-MAIL-1), keyed by request and decision so that it is queued once.
 *
 * <p>Concurrency and replays: a pending request holds a unique « open key » per field (one per pupil's field, one per
 * guardian's own field); submissions and decisions of one pupil lock the pupil's row, so two guardians submitting at
 * once, or a double click, are serialized and the second sees the first; a replayed submission finds its values
 * already pending and records nothing; a decision on a request no longer pending does nothing.
 */
package org.scolarite.infosheet;
