package org.scolarite.portal.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.people.boundary.FamilyDirectory;

/** The portal home: who is logged in and the children the account opens (the menu comes with [P1]). */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FamilyDirectory families;

    private List<ChildSummary> children;

    @PostConstruct
    void load() {
        children = families.childrenOf(getUsername());
    }

    public String getUsername() {
        return securityContext.getCallerPrincipal().getName();
    }

    public List<ChildSummary> getChildren() {
        return children;
    }
}
