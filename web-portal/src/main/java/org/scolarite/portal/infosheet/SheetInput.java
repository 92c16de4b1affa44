package org.scolarite.portal.infosheet;

import java.util.List;

/**
 * One field as the sheet's form shows it: its name (also the posted parameter « champ_NAME »), label, HTML input type
 * (« tel », « email », « text », or « select » with its options), the value shown (typed, pending or the school's),
 * the French message of its error and whether a change waits for the school.
 */
public record SheetInput(String name, String label, String type, String autocomplete, String value, String error,
                         boolean pending, List<Option> options) {

    /** A choice of a list, selected when it is the value shown. */
    public record Option(String code, String label, boolean selected) {
    }

    public boolean isSelect() {
        return "select".equals(type);
    }

    /** The value as read: the label of the chosen option of a list, else the text. */
    public String getDisplay() {
        return isSelect() ? options.stream().filter(Option::selected).map(Option::label).findFirst().orElse(null)
                : value;
    }

    public String getName() { return name; }
    public String getLabel() { return label; }
    public String getType() { return type; }
    public String getAutocomplete() { return autocomplete; }
    public String getValue() { return value; }
    public String getError() { return error; }
    public boolean isPending() { return pending; }
    public List<Option> getOptions() { return options; }
}
