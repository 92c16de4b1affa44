package org.scolarite.demo.control.siecle;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.PostalAddress;

/**
 * {@code ResponsablesAvecAdresses.xml}: root {@code BEE_RESPONSABLES}, {@code PARAMETRES}, then {@code PERSONNES},
 * {@code RESPONSABLES} and {@code ADRESSES}. Légal 1 is the one who pays the school fees, as the reader derives it.
 */
final class GuardiansWriter {

    static final String FILE = "ResponsablesAvecAdresses.xml";
    /** {@code PERSONNE_ID} of the third level-1 person added by the fault: beyond the generator's 500 001… */
    static final String THIRD_GUARDIAN_ID = "900001";

    private final EstablishmentData data;
    private final ExportOptions options;
    private final FaultPlan faults;
    private final boolean old;

    GuardiansWriter(EstablishmentData data, ExportOptions options, FaultPlan faults) {
        this.data = data;
        this.options = options;
        this.faults = faults;
        this.old = options.guardianForm() == ExportOptions.GuardianForm.RESP_LEGAL;
    }

    /** @return the persons written */
    int write(XmlOut out) {
        out.start("BEE_RESPONSABLES").attribute("VERSION", old ? "1.5" : "3.0");
        ExportFiles.parameters(out, data.uai(), options);
        out.start("DONNEES");
        Student third = faults.pupil(ExportFault.THREE_LEGAL_GUARDIANS);
        Student empties = faults.pupil(ExportFault.EMPTY_OPTIONAL_ELEMENTS);
        Guardian duplicated = faults.duplicatedPerson(data);
        Map<String, PostalAddress> used = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        int written = 0;
        out.start("PERSONNES");
        for (Guardian person : data.guardians) {
            if (faults.leftOut(person)) {
                continue;
            }
            boolean emptyElements = empties != null && data.links.get(empties).stream()
                    .anyMatch(l -> l.getGuardian() == person);
            person(out, person, emptyElements);
            written++;
            if (person.getAddress() != null) {
                used.put(data.addressId(person.getAddress()), person.getAddress());
            }
            if (person == duplicated) {
                faults.applied(ExportFault.DUPLICATE_PERSON_ID, FILE, person.getSourceId(), out.line() + 1);
                person(out, person, false);
            }
        }
        if (third != null) {
            thirdGuardian(out, third, used);
            written++;
        }
        out.end();
        out.start("RESPONSABLES");
        for (Student pupil : data.students) {
            if (faults.leftOut(pupil)) {
                continue;
            }
            for (GuardianLink link : data.links.get(pupil)) {
                responsibility(out, pupil.getSourceId(), link.getGuardian().getSourceId(), link.getLegalRank(),
                        link.getRelationship());
            }
            if (pupil == third) {
                responsibility(out, pupil.getSourceId(), THIRD_GUARDIAN_ID, LegalRank.SECOND, "38");
            }
        }
        out.end();
        out.start("ADRESSES");
        used.forEach((id, address) -> ExportFiles.address(out, id, address));
        out.end();
        out.end();
        out.end();
        return written;
    }

    private void person(XmlOut out, Guardian person, boolean empties) {
        out.start("PERSONNE").attribute("PERSONNE_ID", person.getSourceId());
        boolean woman = "MME".equals(person.getCivility());
        out.element("LC_CIVILITE", person.getCivility());
        out.element("LL_CIVILITE", woman ? "Madame" : "Monsieur");
        if (old) {
            out.element("NOM", person.getLastName());
        } else {
            out.element("NOM_DE_FAMILLE", person.getLastName());
            out.element("NOM_USAGE", person.getUsageName(), empties);
        }
        out.element("PRENOM", person.getFirstName());
        out.element("TEL_PERSONNEL", person.getHomePhone(), empties);
        out.element("TEL_PORTABLE", person.getMobilePhone(), empties);
        out.element("TEL_PROFESSIONNEL", person.getWorkPhone(), empties);
        out.element("MEL", person.getEmail(), empties);
        out.element("ACCEPTE_SMS", person.getMobilePhone() == null ? "0" : "1");
        out.element("ADRESSE_ID", data.addressId(person.getAddress()), empties);
        out.element("CODE_PROFESSION", person.getProfessionCode(), empties);
        out.end();
    }

    /** A grandmother living with the family and, by the school's mistake, a third legal representative. */
    private void thirdGuardian(XmlOut out, Student pupil, Map<String, PostalAddress> used) {
        faults.applied(ExportFault.THREE_LEGAL_GUARDIANS, FILE, pupil.getSourceId(), out.line() + 1);
        out.start("PERSONNE").attribute("PERSONNE_ID", THIRD_GUARDIAN_ID);
        out.element("LC_CIVILITE", "MME");
        out.element("LL_CIVILITE", "Madame");
        out.element(old ? "NOM" : "NOM_DE_FAMILLE", pupil.getLastName());
        out.element("PRENOM", "Françoise");
        out.element("ACCEPTE_SMS", "0");
        String address = data.addressId(pupil.getAddress());
        out.element("ADRESSE_ID", address);
        if (address != null) {
            used.put(address, pupil.getAddress());
        }
        out.end();
    }

    /**
     * {@code RESPONSABLE_ELEVE}. Current form: level 1 for légal 1 and 2 (légal 1 pays the fees, receives the aid and
     * is called first), 3 (contact) for the others. Old form: {@code RESP_LEGAL} 1, 2 or 0, no relationship code.
     *
     * @param rank {@code SECOND} for the third level-1 person: a legal representative who does not pay
     */
    private void responsibility(XmlOut out, String pupilId, String personId, LegalRank rank, String relationship) {
        out.start("RESPONSABLE_ELEVE");
        out.element("ELEVE_ID", pupilId);
        out.element("PERSONNE_ID", personId);
        boolean first = rank == LegalRank.FIRST;
        if (old) {
            out.element("RESP_LEGAL", switch (rank) {
                case FIRST -> "1";
                case SECOND -> "2";
                case OTHER -> "0";
            });
            out.element("RESP_FINANCIER", first ? "1" : "0");
            out.element("PERS_CONTACT", rank.isLegal() ? "0" : "1");
        } else {
            out.element("NIVEAU_RESPONSABILITE", rank.isLegal() ? "1" : "3");
            out.element("CODE_PARENTE", relationship);
            out.element("PAIE_FRAIS_SCOLAIRES", first ? "1" : "0");
            out.element("PERCOIT_LES_AIDES", first ? "1" : "0");
            out.element("HEBERGE_ELEVE", rank.isLegal() ? "1" : "0");
            out.element("A_CONTACTER_EN_PRIORITE", first ? "1" : "0");
        }
        out.end();
    }
}
