package org.scolarite.replication.control.siecle;

import org.scolarite.replication.entity.AddressRecord;

/** {@code ADRESSE[@ADRESSE_ID]}, the same in the pupils' and the guardians' files. */
final class Addresses {

    private Addresses() {
    }

    static AddressRecord of(XmlNode node) {
        return new AddressRecord(node.attribute("ADRESSE_ID"), node.text("LIGNE1_ADRESSE"), node.text("LIGNE2_ADRESSE"),
                node.text("LIGNE3_ADRESSE"), node.text("LIGNE4_ADRESSE"), node.text("CODE_POSTAL"),
                node.text("LIBELLE_POSTAL"), node.text("CODE_COMMUNE_INSEE"), node.text("CODE_DEPARTEMENT"),
                node.text("CODE_PAYS"), node.text("LL_PAYS"), node.text("COMMUNE_ETRANGERE"));
    }
}
