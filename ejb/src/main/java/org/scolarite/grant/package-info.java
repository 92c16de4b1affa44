/**
 * Bourses de collège / de lycée (grant applications): a family applies online for its child's grant, follows its
 * status, and the school examines the applications, decides and exports them.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>R-BOURSE-2: the application ({@link org.scolarite.grant.entity.GrantForm}) holds the household (who the pupil
 * lives with, the names of the guardians living with him), the household's annual resources (the « revenu fiscal de
 * référence » of the tax notice, a decimal ≥ 0, NUMERIC(12,2)), the children in charge (≥ 1: the pupil himself) and the
 * family's certification; a draft may be incomplete, a submission may not. One application per pupil and school
 * year. Statuses ({@link org.scolarite.grant.entity.GrantStatus}): the family submits its draft (DRAFT → SUBMITTED),
 * the school examines (SUBMITTED → IN_REVIEW) and decides (IN_REVIEW → GRANTED or REFUSED); nothing goes back and a
 * submitted application is no longer editable. A decision is e-mailed to the family through the outbox (R-MAIL-1).</li>
 * <li>R-BOURSE-1: when the school set the service's contact e-mail ({@code GrantContact}), the page shows a « Nous
 * contacter » tab.</li>
 * <li>R-SVC-2: « Bourse de collège » exists in collèges, « Bourse de lycée » in establishments of the lycée-grant
 * perimeter ({@code NationalService.isOfferedTo}); the service is the one of the page the family opened, checked
 * against the child's menu.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>No eligibility scale is computed: the national scales change every year and depend on the household's
 * points of charge; the school decides on the file (the portal says the amount is examined by the school).</li>
 * <li>The school sees submitted applications only: a draft is the family's until it submits it.</li>
 * <li>Double submission: the family's saves lock the pupil's row, the unique key (pupil, year) guards the rest; a
 * repeated submission with the same answers is a no-op, one with other answers is refused and logged.</li>
 * </ul>
 */
package org.scolarite.grant;
