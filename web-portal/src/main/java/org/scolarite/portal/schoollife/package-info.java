/**
 * « Vie scolaire » in the portal (R-VS-1): {@link org.scolarite.portal.schoollife.SchoolLifeServicePage} registers
 * {@code /vie-scolaire.xhtml} for the SCHOOL_LIFE service, so the menu shows it only where it is open for the child
 * (R-SVC-3 module, R-ACC-9 access) and the access filter refuses it (403, logged) everywhere else;
 * {@link org.scolarite.portal.schoollife.SchoolLifeBacking} reads the page of the checked child from
 * {@link org.scolarite.schoollife.boundary.SchoolLifeJournal} — never a pupil id from the request — and formats it.
 * The range selector is a GET form (works in a simulation and without scripts).
 */
package org.scolarite.portal.schoollife;
