/**
 * Accounts (« comptes ») of pupils and legal guardians and their life cycle (SPEC §4).
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>R-ACC-1: accounts are pre-created « Non notifié » when a pupil and his legal guardians are enrolled: one per
 * pupil, one per (guardian, pupil) for légal 1 and légal 2 who have not refused access
 * ({@code GuardianLink.entitlesToAccount()}). {@code Account.forStudent}, {@code Account.forGuardian},
 * {@code AccountService.preCreate*}.</li>
 * <li>R-ACC-2: identifier {@code prenom.nom}, lower case, accents folded, spaces and apostrophes removed, hyphens kept,
 * plus the smallest free order number, unique in the académie ({@code Username}, {@code UsernameAllocator}); temporary
 * password of 8 digits and lower-case letters from {@code SecureRandom} ({@code TemporaryPassword}).</li>
 * <li>R-ACC-3: notification → « Notifié », date and mode recorded; access is immediate, except after a change of
 * establishment (D+1, {@code Account.accessibleFrom}).</li>
 * <li>R-ACC-4 / R-ACC-5: activation with the temporary password and a birth date; pupils go to « Utilisé », guardians
 * give a mandatory e-mail and stay « En cours d'activation » until it is validated. Chosen passwords follow
 * R-PORTAL-2 ({@code PasswordPolicy}). The validation link is an {@code AccountToken}: 32 random bytes, stored as
 * their SHA-256 only, single use, valid 3 months, tied to the address it was sent to ({@code EmailValidation}); the
 * school may correct that address and send a new link while the account waits ({@code Account.correctEmail}).</li>
 * <li>R-ACC-6: deletion exactly 3 months after the (last) notification when not activated, exactly 1 year after the
 * last use once activated; the school may then create a new account with a new identifier
 * ({@code Account.replacementFor}).</li>
 * <li>R-ACC-7: continuity of access across the school-year rollover and a change of establishment in the académie.</li>
 * <li>R-ACC-8: re-notification keeps the temporary password of « Notifié » / « Non notifié » accounts, issues a new
 * one for « En cours d'activation », never shows the chosen password of « Utilisé » unless reset.</li>
 * <li>R-IND-1, R-ACC-9: « Gérer le compte » reads one couple (pupil, légal guardian) or one pupil with its latest account
 * and a history that merges the accounts' events, the removals of access and the e-mails written
 * ({@code AccountManagement}). A removed access lives on the guardian's link or on the pupil, not on an account: the
 * portal stops listing that child to the guardian, notifications skip the couple. « Créer un nouveau compte » closes
 * the old account unless it still serves other children of the guardian, which keep it
 * ({@code Account.replacementFor}).</li>
 * <li>R-PORTAL-3: self-service recovery ({@code PasswordRecovery}), only for accounts « Utilisé » with a validated
 * address ({@code Account.allowsSelfServiceRecovery}): the forgotten identifier is e-mailed to that address (one
 * e-mail listing every identifier using it, at most one per address and quarter of an hour through the outbox's
 * unique key); the forgotten password sends a reset link ({@code TokenPurpose.RESET_PASSWORD}, one week, single use,
 * hashed) with RESET_LINK_SENT in the history, never within 15 minutes of the previous one nor more than 5 a day
 * ({@code Account.mayReceiveResetLink}); the password changes only when the form of the link is sent
 * (PASSWORD_RECOVERED), which spends it and withdraws the other pending ones. Unknown identifiers, unvalidated
 * addresses and throttled requests give the same silent outcome: no enumeration.</li>
 * <li>R-PORTAL-4: « Mon compte > Profil » ({@code AccountProfile}): the password changes with the current one
 * (PASSWORD_CHANGED; pending reset links withdrawn); a new address is asked with the current password
 * (EMAIL_CHANGE_ASKED): a {@code TokenPurpose.CHANGE_EMAIL} link (3 months) goes to the new address and a notice
 * without link to the old validated one, and the address changes only when the link is followed (EMAIL_CHANGED,
 * {@code EmailValidation.validate}); a newer request withdraws the older link. A pupil adds his optional address the
 * same way, and may resend the validation link of an unvalidated address. The current password is checked in one
 * place ({@code control.HolderCredentials}), one PBKDF2 computation whatever the outcome.</li>
 * <li>R-ACC-10: pupils' accounts are never « En cours d'activation » and are notified on paper only (also enforced
 * by the database).</li>
 * <li>R-MASS-1, R-MASS-2, R-IND-1: the console's lists of couples and pupils ({@code AccountDirectory}) are set-based
 * SQL, paged for lazy tables; a couple without account, or whose account was deleted, reads « Non notifié »
 * (R-ACC-6). Notifying them is the notification feature's ({@code notification.boundary.AccountNotifications}).</li>
 * <li>R-LIST-1: class lists ({@code StudentAccountLists}) print the temporary password in clear only for « Notifié »,
 * « ***** » for an account in use (R-ACC-8), « Compte à notifier » otherwise; PDF and CSV are streamed and every
 * export is audited (R-SEC-1).</li>
 * <li>R-SIM-1: {@code PortalSimulation} opens the portal as an account « Utilisé » through a single-use ticket of two
 * minutes, stored hashed and audited with the administrator's name; the portal makes that session read-only (every
 * request other than GET is refused) and never records it as a sign-in.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>The life cycle is an explicit state machine: {@code AccountAction} lists each action and the states it may
 * start from; anything else throws {@code IllegalAccountTransition} with a French message. Every transition appends
 * an {@code AccountEvent} (when, who, what, why). Sign-ins are not events: they only move {@code lastAccessAt}.</li>
 * <li>A deleted account is not removed but moved to {@code CLOSED}: its history stays readable, its identifier stays
 * taken (an identifier is never handed out twice, so a letter found in a drawer can never open someone else's
 * account), its secrets are dropped. For the person it reads « Non notifié », as the guides say.</li>
 * <li>Re-notifying an account « En cours d'activation » sends it back to « Notifié »: the guardian receives a new
 * temporary password and must activate again (the usual cause is a validation e-mail that never arrived), and the
 * password he had chosen is dropped so that the account never has two valid secrets at once.</li>
 * <li>Every notification, including a re-notification, restarts the 3 months of R-ACC-6: re-notifying before expiry
 * is what the guides tell schools to do to keep an account alive. Dates are computed with {@code plusMonths} /
 * {@code plusYears} (30 November + 3 months = 28 February); the nightly query selects candidates a few days early and
 * the entity decides to the day.</li>
 * <li>The activation date is the day the account became « Utilisé » (for a guardian, the day of the e-mail
 * validation); the year of R-ACC-6 runs from the later of that day and the last sign-in.</li>
 * <li>The year rollover applies from the rentrée of the académie's current school year and continues each account
 * once per year, so the nightly job may ask every night. A change of establishment (R-ACC-7) moves only accounts in
 * use; the pupils an account opens are periods of whole days ({@code AccountAccess}), so that « effective the next
 * day » is a date: the old record stays open on the day of the move, the new one opens the next day. A guardian's
 * account follows the child only when the new school knows the guardian under the same names.</li>
 * <li>The nightly pre-creation never replaces a deleted account: a new one is created on the school's request
 * ({@code AccountService.replaceAccount}), as R-ACC-6 and R-IND-1 describe.</li>
 * <li>Time: entities take the moment from the caller ({@code LocalDateTime} read from the injected {@code Clock},
 * Europe/Paris): the rules read its date, the history its time.</li>
 * <li>Secrets: chosen passwords are PBKDF2 hashes (Jakarta Security); temporary passwords must be printable again
 * (letters, class lists), so they are encrypted with AES-GCM under {@code TELESERVICES_SECRET_KEY} and cleared at
 * activation and deletion. Entities only ever hold hashes and ciphertexts.</li>
 * <li>Sign-in answers the same, after the same single PBKDF2 computation, for an unknown identifier, a wrong
 * password or an account that cannot sign in (R-PORTAL-3).</li>
 * <li>Concurrency: accounts carry a {@code @Version}; two transactions allocating the same identifier are settled by
 * the unique constraint (academy_id, username).</li>
 * <li>Regrouping (R-PORTAL-8, {@code Account.absorb}): the other account's accesses move with their dates to the kept
 * one, each remembering the guardian record of its own school ({@code AccountAccess} holder), so that every school's
 * console still finds the couple's account; the other account is deleted (« Supprimé ») with a history line on both
 * sides. Failed credential checks there, like a wrong current password on « Mon compte », count in the sign-in's
 * throttle ({@code org.scolarite.signin}).</li>
 * <li>Nightly housekeeping (R-JOB-1, {@code AccountService}): expiry (R-ACC-6) and continuity into the year under way
 * (R-ACC-7) per académie, one transaction each; links spent or expired for more than a day are deleted (a deleted link
 * reads « lien invalide » exactly like a spent one). The actor of the history lines is « traitement de nuit ».</li>
 * </ul>
 *
 * <h2>Not here yet</h2>
 * The check that the new school offers services before continuity (R-ACC-7), for the batch issue.
 */
package org.scolarite.account;
