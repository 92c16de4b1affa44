package org.scolarite.portal.navigation;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.scolarite.portal.faces.Markup;
import org.scolarite.portal.faces.WrittenComponent;
import org.scolarite.portal.faces.WrittenList;
import org.scolarite.portal.navigation.CurrentFamily.MenuItem;

/**
 * The menu's entries (R-PORTAL-5), {@code <t:menuItems value="#{family.menu}" current="#{page}"/>} inside the frame's
 * {@code <ul>}: a link per {@link MenuItem}, the current page's marked ({@code aria-current="page"}); the académie's
 * services open in a new tab through the logging redirect, which a hidden text tells screen readers. The frame is
 * on every page: its menu is written here rather than by a {@code ui:repeat} (see {@link WrittenList}).
 */
@FacesComponent(value = "org.scolarite.portal.MenuItems", createTag = true, tagName = "menuItems",
        namespace = WrittenComponent.NAMESPACE)
public class MenuComponent extends WrittenList<MenuItem> {

    @Override
    protected void write(FacesContext context, Markup html, List<MenuItem> items) {
        String contextPath = context.getExternalContext().getRequestContextPath();
        String current = text("current");
        String external = null;
        for (MenuItem item : items) {
            html.start("li").start("a").attribute("id", "nav-" + item.key())
                    .attribute("href", contextPath + item.path());
            if (item.external()) {
                if (external == null) {
                    external = " " + bundle(context, "org.scolarite.portal.navigation.messages")
                            .getString("nav.external");
                }
                html.attribute("target", "_blank").attribute("rel", "noopener").attribute("class", "external")
                        .text(item.label()).element("span", "sr-only", external);
            } else {
                boolean here = item.key().equals(current);
                html.attribute("class", here ? "current" : null).attribute("aria-current", here ? "page" : "false")
                        .text(item.label());
            }
            html.end("a").end("li");
        }
    }
}
