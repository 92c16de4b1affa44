package org.scolarite.portal.navigation;

import org.scolarite.catalog.entity.ServiceKey;

/**
 * A portal page that serves a national service of the catalogue (R-PORTAL-5). The menu lists a national service only
 * when a page registered itself for it, so that no dead link ever shows: a later issue adds its page (say
 * {@code /notes.xhtml}) and one bean
 * <pre>
 * &#64;ApplicationScoped
 * public class GradesPage implements ServicePage {
 *     public ServiceKey service() { return ServiceKey.of(NationalService.GRADES); }
 *     public String viewId() { return "/notes.xhtml"; }
 * }
 * </pre>
 * and nothing else: {@link ServicePages} discovers it, the menu shows « Notes » where the service is open for the
 * child and the user type, and {@link FamilyAccessFilter} refuses the page (403) wherever it is not. The page records
 * its views with one line in its view action: {@code visits.viewed(ServiceKey.of(NationalService.GRADES))}
 * ({@link PortalVisits}). The label is {@code service.<KEY>} of the {@code navMsg} bundle.
 */
public interface ServicePage {

    ServiceKey service();

    /** The page's view id, from the context root: « /notes.xhtml ». */
    String viewId();
}
