/**
 * « Gérer le compte responsable / élève » and « Gérer le compte élève » (R-IND-1, R-ACC-9): the search of couples
 * (pupil, légal guardian) or pupils by the first letters of the pupil's name, MEF, division and account state, and the
 * individual screen with the account, its history and the actions the state allows.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>Thin backings: lists come from {@code AccountDirectory}, the screen and the access and activation actions from
 * {@code AccountManagement}, notifications, new accounts and e-mails from {@code AccountNotifications}; every one
 * checks the role, the establishment and the couple again on the server. Buttons disabled by the state are a courtesy.
 * </li>
 * <li>The couple handed to the notification services carries the account version the screen showed, so that two
 * administrators acting at once never notify the same account twice; the screen is read again after each action.</li>
 * <li>A letter is streamed from its notification run as soon as it is made (R-SEC-1: never stored, and the page reminds
 * to delete the file after printing); it can be downloaded again while the run keeps its letters.</li>
 * <li>The form of « Écrire un courriel » gets its request identifier when the dialog opens: a double click queues one
 * e-mail.</li>
 * </ul>
 */
package org.scolarite.admin.accounts;
