package org.scolarite.grant.boundary;

import java.util.List;
import org.scolarite.catalog.entity.NationalService;

/**
 * The family's grant page for one child (R-BOURSE-2): this school year's application ({@code null} before the first
 * save), the earlier years' ones, and the contact address of the service ({@code null} when the school set none:
 * no « Nous contacter » tab, R-BOURSE-1).
 */
public record GrantFollowUp(NationalService service, int schoolYear, GrantApplicationView current,
                            List<GrantApplicationView> earlier, String contactEmail) {

    public GrantFollowUp {
        earlier = List.copyOf(earlier);
    }

    public String getYearLabel() {
        return schoolYear + "-" + (schoolYear + 1);
    }

    public boolean isContactOffered() {
        return contactEmail != null;
    }

    /** The form is shown while there is no application yet or it is still a draft. */
    public boolean isEditable() {
        return current == null || current.isEditable();
    }
}
