/**
 * Establishment settings, « Paramétrage » (SPEC §3).
 * <ul>
 * <li>R-SET-2: every setting is a series of revisions ({@link org.scolarite.settings.entity.SettingRevision}) with
 * who, when and an effective date; the portal reads the last revision whose date has come. The welcome message and
 * the ENT link are immediate, the rest the next day ({@link org.scolarite.settings.entity.Effect}).</li>
 * <li>Optimistic locking: a save names the revision it was based on; a unique revision number per setting makes the
 * second of two concurrent saves fail ({@link org.scolarite.settings.entity.ConcurrentSettingChange}).</li>
 * <li>R-ROLE-1: {@link org.scolarite.settings.entity.Setting} says who may edit (payment: head and accountant;
 * openings: head; the rest: head and delegate); the boundary checks it on the server and audits old → new.</li>
 * <li>R-SET-1: the welcome message is sanitised by the OWASP Java HTML Sanitizer with a small allow-list and
 * counted in characters as the reader sees them (2000 at most).</li>
 * <li>R-SET-3, R-SET-5, R-SET-6, R-PAY-1, R-EDT-1, R-BOURSE-1: one value record each, checked before storage;
 * values are JSON (JSON-B) so that adding a field needs no migration.</li>
 * <li>R-PORTAL-6, R-PORTAL-7: the portal reads what families see today through
 * {@link org.scolarite.settings.boundary.PortalSettings}, for the establishment of one of the logged-in account's
 * children, checked on the server; the welcome message is sanitised again when read, so that the portal may print it
 * as HTML whatever wrote the row.</li>
 * </ul>
 */
package org.scolarite.settings;
