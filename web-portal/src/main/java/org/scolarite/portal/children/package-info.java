/**
 * « Mon compte > Enfants » of the portal (R-PORTAL-8): the children attached to the guardian's account and
 * « Regrouper des comptes ». Decisions: one page (list, then the regrouping form under it, as the guide's « Enfants »
 * page and its « Regroupement » step); the refusal is shown next to the identifier field, in French, with one message
 * for every kind of wrong credentials (no enumeration); the identifier typed is kept, the password never; pupils get a
 * « 403 » (the tab is not shown to them either). A simulation renders the button disabled and the read-only filter
 * refuses the POST (R-SIM-1).
 */
package org.scolarite.portal.children;
