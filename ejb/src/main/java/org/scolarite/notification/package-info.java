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
 * <h2>Not here yet</h2>
 * The PDF of letters exists ({@code control.LetterPdfWriter}: one streamed A4 PDF, recipient in the window of a DL
 * envelope, refusal coupon of R-ACC-9) but nothing calls it yet. Still missing: the e-mail rendering of a letter,
 * filling the values from accounts, people and establishments (including the « Léa DURAND (4A) » lines of
 * {@code LetterField.CHILDREN} and the coupon's children), and which letter a re-notified account « Utilisé »
 * receives.
 */
package org.scolarite.notification;
