/**
 * The service-settings screens of the console (« Gestion des services »): Configuration Notes, Paiement en ligne,
 * Emploi du temps and Bourses. One {@code *Backing} bean per page under {@code /services/}.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>R-NOTES-1, R-NOTES-2 ({@link org.scolarite.admin.servicesettings.GradesBacking}): only while Notes is open,
 * otherwise a notice that the settings are kept (R-SVC-5); « au fil de l'eau » or « à échéance »; dates added or
 * removed for the selected (MEF, division) couples; going back to « au fil de l'eau » with dates asks first.</li>
 * <li>R-PAY-1 ({@link org.scolarite.admin.servicesettings.PaymentBacking}): head and accountant only; the TIPI
 * number is looked up and the name found is confirmed before saving; effective the next day.</li>
 * <li>R-EDT-1 ({@link org.scolarite.admin.servicesettings.TimetableBacking}): number of weeks, not editable while
 * the service is closed or not offered.</li>
 * <li>R-BOURSE-1 ({@link org.scolarite.admin.servicesettings.GrantsBacking}): optional contact e-mail of each grant
 * service the catalogue offers.</li>
 * <li>R-SET-2, R-ROLE-1: every page says from which day families see a change and who made the last one; the roles
 * are checked again by the boundaries.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>Beans are thin: they call the boundaries ({@code GradesConfiguration}, {@code PaymentSetup},
 * {@code EstablishmentSettings}, {@code OnlineServices}) and turn their refusals ({@code SettingRejected},
 * {@code GradesPublicationRejected}, {@code ConcurrentSettingChange}, {@code AccessDeniedException}) into French
 * messages next to the field concerned ({@link org.scolarite.admin.servicesettings.Feedback}); what was typed stays
 * in the form. Each save is based on the revision the page showed, so a second admin's stale save is refused.</li>
 * <li>View-scoped beans keep only serializable state (strings, numbers, dates, their own row class): the domain's
 * value records are not {@code Serializable}.</li>
 * <li>The grades date picker gets the school year as its calendar bounds only while rendering
 * ({@link org.scolarite.admin.servicesettings.GradesBacking#getCalendarStart()}): a typed date outside the year then
 * reaches the domain, which refuses it with the message of R-NOTES-2, instead of PrimeFaces' generic one.</li>
 * </ul>
 */
package org.scolarite.admin.servicesettings;
