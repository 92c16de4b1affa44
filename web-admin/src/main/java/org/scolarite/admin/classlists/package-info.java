/**
 * « Éditer les listes des comptes élèves » (SPEC §5, R-LIST-1): {@link org.scolarite.admin.classlists.ClassListBacking}
 * and {@code students/lists.xhtml}, a thin bean over {@code StudentAccountLists}.
 * <ul>
 * <li>R-LIST-1: a division, or a group among those with pupils (filtered by a part of its code or label), « Afficher »
 * shows the pupils in alphabetical order with pupil, division (+ group), birth date, identifier, temporary password and
 * continuity; the PDF (« Imprimer », the default) and the CSV have the same columns as the table: the titles of the
 * bundle ({@code col.*}) are those of {@code StudentListRow.headers}.</li>
 * <li>R-ACC-8: « ***** » for an account in use; « Compte à notifier » for one not notified.</li>
 * <li>R-ACC-7: continuity accounts in red (css/classlists.css), also said by the « Continuité d’accès » column, so that
 * colour is not the only sign.</li>
 * <li>R-SEC-1: the files are streamed to the response through {@code DefaultStreamedContent.writer}, never written
 * on the server; the page reminds to delete them. The service audits each export.</li>
 * <li>R-ROLE-1: head and delegate; the accountant has no menu entry, and the page shows a notice (the service refuses
 * him anyway).</li>
 * </ul>
 * Decisions: the exports print the selection shown by « Afficher », not what the selects say since, so that what is
 * printed is what was checked; without a non-empty list the export buttons are disabled. The template's help panel
 * reads the shared bundle only: this page's help is a « Aide » section of its own ({@code lists.help}).
 */
package org.scolarite.admin.classlists;
