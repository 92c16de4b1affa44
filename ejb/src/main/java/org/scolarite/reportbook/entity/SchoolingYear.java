package org.scolarite.reportbook.entity;

/** A line of « Scolarité » in the LSL: a school year since 6e, the class, the establishment and its town. */
public record SchoolingYear(int schoolYear, String classLabel, String establishmentName, String town) {

    public String yearLabel() {
        return SchoolYears.label(schoolYear);
    }
}
