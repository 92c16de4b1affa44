/**
 * Pupils and the persons in charge of them, as replicated from SIECLE (see SIECLE-FORMATS.md): {@code Student}
 * (keyed by establishment and {@code ELEVE_ID}; the INE follows the pupil between establishments, which is how a
 * transfer is recognised for continuity, R-ACC-7), {@code Guardian} (keyed by establishment and {@code PERSONNE_ID};
 * the same person in two establishments has two records, as in SIECLE) and {@code GuardianLink} (légal 1, légal 2
 * or other, with the {@code CODE_PARENTE} and the refusal of access, R-ACC-9).
 *
 * <p>Rules here: only légal 1 and légal 2 who have not refused access are entitled to an account (R-ACC-1); a pupil
 * with a departure date has left the day after it even though SIECLE still exports him.
 */
package org.scolarite.people;
