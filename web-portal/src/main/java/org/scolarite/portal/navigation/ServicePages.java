package org.scolarite.portal.navigation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.scolarite.catalog.entity.ServiceKey;

/** The registry of {@link ServicePage} beans deployed in the portal (R-PORTAL-5), by service and by view id. */
@ApplicationScoped
public class ServicePages {

    @Inject
    @Any
    private Instance<ServicePage> pages;

    private final Map<ServiceKey, ServicePage> byService = new LinkedHashMap<>();
    private final Map<String, ServicePage> byViewId = new LinkedHashMap<>();

    @PostConstruct
    void discover() {
        for (ServicePage page : pages) {
            if (byService.putIfAbsent(page.service(), page) != null) {
                throw new IllegalStateException("Deux pages pour le service " + page.service());
            }
            byViewId.put(page.viewId(), page);
        }
    }

    public Optional<ServicePage> forService(ServiceKey key) {
        return Optional.ofNullable(byService.get(key));
    }

    /** The page served at this servlet path (« /notes.xhtml »), if it is a service page. */
    public Optional<ServicePage> forPath(String servletPath) {
        return Optional.ofNullable(byViewId.get(servletPath));
    }
}
