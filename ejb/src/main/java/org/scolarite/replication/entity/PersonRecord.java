package org.scolarite.replication.entity;

/**
 * One {@code PERSONNE} of {@code ResponsablesAvecAdresses.xml} with its address joined in by the reader. Before 2016 a
 * single {@code NOM} stood for the name: the reader gives it as {@code lastName}.
 *
 * @param sourceId {@code PERSONNE_ID}
 */
public record PersonRecord(SourceLocation location, String sourceId, String civility, String lastName,
                           String usageName, String firstName, String homePhone, String mobilePhone, String workPhone,
                           String email, Boolean acceptsSms, String professionCode, AddressRecord address)
        implements SourceItem {
}
