package org.scolarite.portal.faces;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * The options of a plain {@code <select>}, {@code <t:options value="#{…}"/>}: one {@code <option>} per {@link Choice},
 * the chosen one selected. The child switcher and the grades page's filters are GET forms (bookmarkable, no view
 * state): a Faces {@code h:selectOneMenu} would need a Faces form.
 */
@FacesComponent(value = "org.scolarite.portal.Options", createTag = true, tagName = "options",
        namespace = WrittenComponent.NAMESPACE)
public class OptionsComponent extends WrittenList<Choice> {

    @Override
    protected void write(FacesContext context, Markup html, List<Choice> choices) {
        options(html, choices);
    }

    /** The options, for a component that writes its {@code <select>} itself. */
    public static void options(Markup html, List<Choice> choices) {
        for (Choice choice : choices) {
            html.start("option").attribute("value", choice.value())
                    .attribute("selected", choice.selected() ? "selected" : null)
                    .text(choice.label()).end("option");
        }
    }
}
