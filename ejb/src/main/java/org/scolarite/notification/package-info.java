/**
 * Notification letters (« courriers de notification ») sent to guardians and pupils: their kinds, their editable
 * templates and how a template becomes a letter (SPEC §3, guide §3.2 and §3.2.1).
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>R-SET-4: four letters ({@code LetterKind}): guardian new or not yet activated account (identifier, temporary
 * password, activation procedure), guardian continuity (identifier only), pupil new account, pupil continuity. The
 * header, shared by all letters, and the body of each are editable ({@code LetterPart}), with insertable named
 * fields ({@code LetterField}), previewable with sample data ({@code SampleLetterData}) and resettable to the default
 * ({@code DefaultLetterTemplates}). The CNIL « Informatique et libertés » mention is mandatory in every body and
 * cannot be removed; a body that lost the access URL, the identifier or (new accounts) the password warns
 * ({@code TemplateCheck}).</li>
 * <li>R-SET-3: the access URL printed in a letter is the portal's for the letter types « Téléservices » and « Mixte »,
 * the ENT's for « ENT seul »: the caller chooses the value of {@code LetterField.ACCESS_URL}, the template only says
 * where it goes.</li>
 * <li>R-ACC-3, R-ACC-8: only a letter that prints a temporary password is a new-account letter
 * ({@code LetterKind.of(AccountKind, boolean)}); continuity letters (R-ACC-7) never hold the password field, not even
 * in the shared header.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>A field is a plain-text token {@code {{key}}} with a French lower-camel key ({@code {{identifiant}}}), so that
 * PrimeFaces' editor (Quill) needs no custom blot and the school sees what it inserted. Templates are stored after
 * {@code RichTextPolicy.LETTER}, which keeps tokens intact; checks are made on that stored form.</li>
 * <li>The renderer trusts the stored template and never the values: every value is HTML-escaped, line by line for
 * addresses and lists. The CNIL mention's text is a constant of the domain ({@code LetterField.CNIL_MENTION_TEXT})
 * that no value can replace: schools may move it, not reword it.</li>
 * <li>The header may use only the fields every letter has (no password, no list of a guardian's children, no CNIL
 * mention, which belongs to each body). A guardian's body that names no child warns too: the guide counts « the
 * pupil attached to the guardian's account » among the information not to remove.</li>
 * <li>An unknown token, or braces left by a field cut in two by formatting, block saving; the renderer leaves an
 * unknown token as typed so that a preview shows the mistake instead of a blank.</li>
 * <li>Default templates are UTF-8 HTML resources under {@code org/scolarite/notification/templates/}, one per part,
 * written in French administrative style (non-breaking spaces before « : ; ! ? » and inside « »), with Quill's own
 * markup (paragraphs, {@code ql-align-right}, {@code ql-indent-1}) and already in the sanitiser's output form, so
 * that resetting then saving changes nothing.</li>
 * <li>Each establishment's templates are settings ({@code boundary.LetterTemplates}: one per part, key
 * {@code letter.<PART>}, head and delegate, audited). They take effect <em>immediately</em>, not D+1 (R-SET-2):
 * families never see a template, only the letters the school prints from the console, and the letter printed right
 * after saving must be the one just previewed. Saving the default text or resetting stores « no template », so that
 * the letter follows the default.</li>
 * </ul>
 *
 * <h2>Notifying accounts (R-MASS-1, R-MASS-2, R-IND-1, R-JOB-2, R-SEC-1)</h2>
 * <ul>
 * <li>Every notification — a click in the console, one division, one account, or a whole-school job — is a
 * {@code NotificationRun} ({@code boundary.AccountNotifications}) with one {@code NotificationItem} per couple
 * (pupil, guardian) or pupil: letter, e-mail, or skipped with its reason (the summary of those not notified). The
 * couple key is unique in the run, so that a restarted job never handles a couple twice.</li>
 * <li>How a guardian is reached: {@code Transmission.channelFor} (e-mail and paper, e-mail only, paper only) with the
 * address of {@code ContactEmail} (the account's validated e-mail, else the school's file). A guardian without postal
 * address still gets a letter (no address block). Pupils are on paper only (R-ACC-10).</li>
 * <li>No double notification: each selected line carries the account version the screen showed; the link (or pupil)
 * is locked in a fixed order, and an account changed meanwhile is skipped with « modifié entre-temps ». E-mails are
 * queued in the same transaction as the state change, under the key « notify:run&lt;id&gt;:account&lt;id&gt; »
 * (R-MAIL-1); a notification e-mail forgets its body once delivered (it held a temporary password).</li>
 * <li>Letters are never stored (R-SEC-1): {@code boundary.NotificationRuns.writeLetters} renders the run's letters when
 * they are downloaded, from the accounts' encrypted temporary passwords, into one PDF streamed to the response
 * ({@code control.LetterPdfWriter}: recipient in the window of a DL envelope, refusal coupon of R-ACC-9). One letter per
 * guardian lists all his children of the run, with each account's identifier and password
 * ({@code entity.LetterRecipient}); an account « Utilisé » prints no password and gets the continuity letter (R-ACC-8).
 * A run's letters can be downloaded for {@code NotificationRun.LETTERS_AVAILABLE_FOR} (24 hours) or until the school
 * withdraws them; the nightly housekeeping deletes expired runs.</li>
 * <li>Expected refusals (refused access, no address in « courriel uniquement », departed pupil, changed meanwhile) are
 * decided before the account is touched: a refusal thrown by the account service would roll the whole run back.</li>
 * </ul>
 */
package org.scolarite.notification;
