/**
 * The console's mass notification (R-MASS-1, R-MASS-2, R-JOB-2, R-SEC-1): « Notifier les accès en masse » for
 * guardians and for pupils, « Écrire à plusieurs responsables » and « Courriers à imprimer ».
 *
 * <p>Decisions: the selection is kept by the page as row keys and the {@link org.scolarite.account.boundary.Couple}
 * each stands for, so that it survives paging and « tout sélectionner » covers every page without loading rows; the
 * couple carries the account version the screen showed, and the services leave out an account changed meanwhile. One
 * division is notified at once; « Tout l’établissement » starts the background job, whose progress the page polls
 * from the run, so the screen can be left and come back to. Letters are streamed from the run (never stored) and the
 * page reminds to delete the PDF after printing (R-SEC-1).
 */
package org.scolarite.admin.mass;
