/**
 * « Fiche de renseignements » on the portal (R-FICHE-1), guardians only (the catalogue's audience), always open (a
 * mandatory service). The form's fields are plain inputs named after {@code SheetField}: the server takes exactly
 * what was posted, so that a forged field (regime, pupil address) is seen and refused rather than silently ignored.
 */
package org.scolarite.portal.infosheet;
