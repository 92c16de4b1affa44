package org.scolarite.portal.payment;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.scolarite.portal.navigation.RefusalPage;

/** The French 403 page in place of a payment page, once the service refused (and logged) the id asked. */
final class Refusals {

    private Refusals() {
    }

    static void forbidden() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        RefusalPage.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                "default");
        faces.responseComplete();
    }
}
