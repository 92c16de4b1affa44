package org.scolarite.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Without an Accept-Language header the servlet container reports the server's own locale, which would choose the
 * English bundle on an English-speaking server. The application speaks French unless the browser asks otherwise.
 */
public class FrenchByDefaultViewHandler extends ViewHandlerWrapper {

    public FrenchByDefaultViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
            return context.getApplication().getDefaultLocale();
        }
        return super.calculateLocale(context);
    }
}
