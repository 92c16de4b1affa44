package org.scolarite.schoollife.entity;

/**
 * The kinds of school-life events a family may see (R-VS-1), with the prefix that makes their source ids one key
 * space ({@code ABS:1001}, {@code SAN:1001}: the export numbers each kind on its own).
 */
public enum SchoolLifeKind {
    ABSENCE("ABS"),
    LATENESS("RET"),
    PUNISHMENT("PUN"),
    SANCTION("SAN"),
    MEASURE("MES");

    private final String prefix;

    SchoolLifeKind(String prefix) {
        this.prefix = prefix;
    }

    /** The stored source id of the export's id of this kind. */
    public String sourceId(String exportId) {
        return prefix + ":" + exportId;
    }
}
