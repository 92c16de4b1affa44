package org.scolarite.replication.control.siecle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scolarite.replication.entity.AddressRecord;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.PupilRecord;
import org.scolarite.replication.entity.PupilRecord.PupilOption;

/**
 * {@code ElevesSansAdresses.xml} / {@code ElevesAvecAdresses.xml} (root {@code BEE_ELEVES}, versions 2.1 and 3.0).
 * The file gives {@code ELEVES} first and what belongs to each pupil after it ({@code OPTIONS}, {@code STRUCTURES},
 * {@code ADRESSES}), so it is read twice: the first pass keeps the side sections in maps keyed by {@code ELEVE_ID} /
 * {@code ADRESSE_ID} — bounded by one establishment's size (a few thousand pupils, a few MB), never the académie's —
 * and the second streams the {@code ELEVE}s and emits each complete.
 *
 * <p>The first pass reads the whole file: a malformed or wrongly encoded file therefore fails before any pupil is
 * emitted, wherever the fault lies (a pupil cannot be emitted without his division, which comes after all pupils).
 */
final class PupilsReader extends ExportReader {

    private record Placement(String code, boolean division) {
    }

    private final Map<String, List<PupilOption>> options = new HashMap<>();
    private final Map<String, List<Placement>> placements = new HashMap<>();
    private final Map<String, AddressRecord> addresses = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private boolean addressesInFile;
    private boolean sidesRead;
    private boolean pupilsReached;

    PupilsReader(Path file, ExportHeader header, XmlCursor cursor) {
        super(file, header, cursor);
    }

    @Override
    protected boolean produce() {
        if (!sidesRead) {
            readSideSections();
            sidesRead = true;
            rewind();
        }
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            if (cursor.depth() == 3) {
                if ("ELEVES".equals(cursor.name())) {
                    pupilsReached = true;
                } else if (pupilsReached) {
                    // the side sections were read by the first pass: the pupils are all out
                    return false;
                } else {
                    cursor.skip();
                }
            } else if (cursor.depth() == 4 && "ELEVE".equals(cursor.name())) {
                pupil(cursor.readNode());
                return true;
            } else if (cursor.depth() <= 2 && !"DONNEES".equals(cursor.name())) {
                cursor.skip();
            }
        }
        if (!pupilsReached) {
            // without it every pupil of the establishment would be taken for departed
            throw new UnreadableExport(fileName + " : section DONNEES/ELEVES absente, fichier incomplet");
        }
        return false;
    }

    private void readSideSections() {
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            String name = cursor.name();
            if (cursor.depth() == 3) {
                if ("ELEVES".equals(name)) {
                    cursor.skip();
                } else if ("ADRESSES".equals(name)) {
                    addressesInFile = true;
                }
            } else if (cursor.depth() == 4) {
                switch (name) {
                    case "OPTION" -> option(cursor.readNode());
                    case "STRUCTURES_ELEVE" -> structures(cursor.readNode());
                    case "ADRESSE" -> {
                        AddressRecord address = Addresses.of(cursor.readNode());
                        if (address.sourceId() != null) {
                            addresses.put(address.sourceId(), address);
                        }
                    }
                    default -> cursor.skip();
                }
            }
        }
    }

    private void option(XmlNode option) {
        String pupilId = option.attribute("ELEVE_ID");
        if (pupilId == null) {
            return;
        }
        List<PupilOption> list = options.computeIfAbsent(pupilId, id -> new ArrayList<>(4));
        for (XmlNode chosen : option.children("OPTIONS_ELEVE")) {
            list.add(new PupilOption(number(chosen.text("NUM_OPTION")), chosen.text("CODE_MODALITE_ELECT"),
                    chosen.text("CODE_MATIERE")));
        }
    }

    private void structures(XmlNode structures) {
        String pupilId = structures.attribute("ELEVE_ID");
        if (pupilId == null) {
            return;
        }
        List<Placement> list = placements.computeIfAbsent(pupilId, id -> new ArrayList<>(4));
        for (XmlNode structure : structures.children("STRUCTURE")) {
            String code = structure.text("CODE_STRUCTURE");
            String type = structure.text("TYPE_STRUCTURE");
            if (code != null && type != null) {
                list.add(new Placement(code, "D".equalsIgnoreCase(type)));
            }
        }
    }

    private void pupil(XmlNode node) {
        String id = node.attribute("ELEVE_ID");
        RecordCheck check = new RecordCheck(node);
        check.required(id, "ELEVE_ID");
        // before 2016 a single NOM stood for the family name
        String lastName = check.required(node.text("NOM_DE_FAMILLE") != null ? node.text("NOM_DE_FAMILLE")
                : node.text("NOM"), "NOM_DE_FAMILLE");
        String firstName = check.required("PRENOM");
        var birthDate = check.requiredDate("DATE_NAISS");
        var sex = check.requiredSex("CODE_SEXE");
        var entryDate = check.optionalDate("DATE_ENTREE");
        var departureDate = check.optionalDate("DATE_SORTIE");
        Boolean repeating = check.optionalBoolean("DOUBLEMENT");
        Boolean acceptsSms = check.optionalBoolean("ACCEPTE_SMS");
        if (id != null && !seen.add(id)) {
            check.reject("ELEVE_ID " + id + " en double dans le fichier : seule la première fiche est reprise");
        }

        String division = null;
        List<String> divisions = new ArrayList<>(1);
        List<String> groups = new ArrayList<>(2);
        for (Placement placement : id == null ? List.<Placement>of() : placements.getOrDefault(id, List.of())) {
            (placement.division() ? divisions : groups).add(placement.code());
        }
        if (!divisions.isEmpty()) {
            division = divisions.get(0);
        }
        if (divisions.size() > 1) {
            check.anomaly(divisions.size() + " divisions (" + String.join(", ", divisions) + ") : seule la division "
                    + division + " est retenue");
        } else if (divisions.isEmpty() && departureDate == null) {
            check.anomaly("aucune division (STRUCTURE de TYPE_STRUCTURE D) pour cet élève");
        }

        AddressRecord address = null;
        String addressId = node.text("ADRESSE_ID");
        if (addressId != null && addressesInFile) {
            address = addresses.get(addressId);
            if (address == null) {
                check.anomaly("ADRESSE_ID " + addressId + " introuvable dans ADRESSES : élève repris sans adresse");
            }
        }

        XmlNode previous = node.child("SCOLARITE_AN_DERNIER");
        PupilRecord record = check.rejected() ? null : new PupilRecord(
                location(node, id == null ? null : "ELEVE_ID=" + id), id, node.attribute("ELENOET"),
                node.text("ID_NATIONAL"), lastName, node.text("NOM_USAGE"), firstName, node.text("PRENOM2"),
                node.text("PRENOM3"), birthDate, sex, node.text("CODE_PAYS"), node.text("CODE_PAYS_NAT"),
                node.text("CODE_DEPARTEMENT_NAISS"), node.text("CODE_COMMUNE_INSEE_NAISS"), node.text("VILLE_NAISS"),
                node.text("CODE_MEF"), node.text("CODE_STATUT"), node.text("CODE_REGIME"), repeating, entryDate,
                departureDate, node.text("CODE_MOTIF_SORTIE"), acceptsSms, node.text("MEL"),
                node.text("TEL_PERSONNEL"), node.text("TEL_PORTABLE"),
                previous == null ? null : previous.text("CODE_MEF"),
                previous == null ? null : previous.text("CODE_STRUCTURE"),
                previous == null ? null : previous.text("CODE_RNE"),
                division, List.copyOf(groups), List.copyOf(id == null ? List.of() : options.getOrDefault(id, List.of())),
                address);
        check.emit(items, location(node, id == null ? null : "ELEVE_ID=" + id), record);
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
