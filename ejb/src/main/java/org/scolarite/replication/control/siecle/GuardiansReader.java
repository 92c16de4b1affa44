package org.scolarite.replication.control.siecle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.replication.entity.AddressRecord;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.GuardianshipRecord;
import org.scolarite.replication.entity.GuardianshipRecord.Responsibility;
import org.scolarite.replication.entity.PersonRecord;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SourceLocation;

/**
 * {@code ResponsablesAvecAdresses.xml} (root {@code BEE_RESPONSABLES}). A first pass keeps {@code ADRESSES} and the
 * {@code RESPONSABLES/RESPONSABLE_ELEVE} links in memory — bounded by one establishment's size, never the
 * académie's —; the second streams the {@code PERSONNE}s with their address joined; then come one
 * {@link GuardianshipRecord} per pupil, pupils in the order they first appear among the links, with légal 1 / légal 2
 * derived by {@link LegalRanks}.
 *
 * <p>Items: every person (or its rejection), then the links' rejections in file order, then each pupil's
 * guardianship followed by its anomalies. A link is rejected when an id is missing, its role is unreadable, its
 * person is unknown or was rejected, or it repeats an earlier link. Its key is the pupil's ({@code ELEVE_ID=…}).
 *
 * <p>The first pass reads the whole file: a malformed or wrongly encoded file fails before any item is emitted.
 */
final class GuardiansReader extends ExportReader {

    /** One accepted {@code RESPONSABLE_ELEVE}, waiting for the persons to be known. */
    private record Link(SourceLocation location, String personId, LegalRanks.Claim claim, String relationship,
                        boolean receivesAid, boolean housesPupil, boolean contactFirst, List<String> anomalies) {
    }

    private final Map<String, AddressRecord> addresses = new HashMap<>();
    private final Map<String, List<Link>> linksByPupil = new LinkedHashMap<>();
    private final List<SourceItem> linkRejections = new ArrayList<>();
    private final Set<String> seenPersons = new HashSet<>();
    private final Set<String> acceptedPersons = new HashSet<>();
    private boolean addressesInFile;
    private boolean sidesRead;
    private boolean personsDone;
    private Iterator<Map.Entry<String, List<Link>>> pupils;

    GuardiansReader(Path file, ExportHeader header, XmlCursor cursor) {
        super(file, header, cursor);
    }

    @Override
    protected boolean produce() {
        if (!sidesRead) {
            readSideSections();
            sidesRead = true;
            rewind();
        }
        if (!personsDone) {
            if (nextPerson()) {
                return true;
            }
            personsDone = true;
            cursor().close();
            items.addAll(linkRejections);
            linkRejections.clear();
            pupils = linksByPupil.entrySet().iterator();
            if (!items.isEmpty()) {
                return true;
            }
        }
        while (pupils.hasNext()) {
            Map.Entry<String, List<Link>> pupil = pupils.next();
            pupils.remove();
            if (guardianship(pupil.getKey(), pupil.getValue())) {
                return true;
            }
        }
        return false;
    }

    private void readSideSections() {
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            String name = cursor.name();
            if (cursor.depth() == 3) {
                if ("PERSONNES".equals(name)) {
                    cursor.skip();
                } else if ("ADRESSES".equals(name)) {
                    addressesInFile = true;
                }
            } else if (cursor.depth() == 4) {
                switch (name) {
                    case "RESPONSABLE_ELEVE" -> link(cursor.readNode());
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

    private void link(XmlNode node) {
        String pupilId = node.text("ELEVE_ID");
        String personId = node.text("PERSONNE_ID");
        SourceLocation location = location(node, pupilId == null ? null : "ELEVE_ID=" + pupilId);
        RecordCheck check = new RecordCheck(node);
        check.required(pupilId, "ELEVE_ID");
        check.required(personId, "PERSONNE_ID");
        Integer level = role(node, "NIVEAU_RESPONSABILITE", 1, 3, check);
        Integer respLegal = level == null ? role(node, "RESP_LEGAL", 0, 2, check) : null;
        if (level == null && respLegal == null && node.text("NIVEAU_RESPONSABILITE") == null
                && node.text("RESP_LEGAL") == null) {
            check.required(null, "NIVEAU_RESPONSABILITE (ou RESP_LEGAL)");
        }
        Boolean paysFees = check.optionalBoolean("PAIE_FRAIS_SCOLAIRES");
        Boolean receivesAid = check.optionalBoolean("PERCOIT_LES_AIDES");
        Boolean housesPupil = check.optionalBoolean("HEBERGE_ELEVE");
        Boolean contactFirst = check.optionalBoolean("A_CONTACTER_EN_PRIORITE");
        if (check.rejected()) {
            linkRejections.add(Rejection.rejected(location, "lien responsable-élève : " + check.rejectionReason()));
            return;
        }
        linksByPupil.computeIfAbsent(pupilId, id -> new ArrayList<>(2)).add(new Link(location, personId,
                new LegalRanks.Claim(respLegal, level, Boolean.TRUE.equals(paysFees)), node.text("CODE_PARENTE"),
                Boolean.TRUE.equals(receivesAid), Boolean.TRUE.equals(housesPupil), Boolean.TRUE.equals(contactFirst),
                check.anomalies()));
    }

    /** A role value within bounds, or null (recorded as an error when present but unreadable). */
    private static Integer role(XmlNode node, String child, int min, int max, RecordCheck check) {
        String text = node.text(child);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        check.reject(child + " invalide : « " + text + " » (attendu de " + min + " à " + max + ")");
        return null;
    }

    private boolean nextPerson() {
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            if (cursor.depth() == 3 && !"PERSONNES".equals(cursor.name())) {
                cursor.skip();
            } else if (cursor.depth() == 4 && "PERSONNE".equals(cursor.name())) {
                person(cursor.readNode());
                return true;
            } else if (cursor.depth() <= 2 && !"DONNEES".equals(cursor.name())) {
                cursor.skip();
            }
        }
        return false;
    }

    private void person(XmlNode node) {
        String id = node.attribute("PERSONNE_ID");
        RecordCheck check = new RecordCheck(node);
        check.required(id, "PERSONNE_ID");
        // before 2016 a single NOM stood for the name; a child-welfare body may have no first name
        String lastName = check.required(node.text("NOM_DE_FAMILLE") != null ? node.text("NOM_DE_FAMILLE")
                : node.text("NOM"), "NOM_DE_FAMILLE");
        Boolean acceptsSms = check.optionalBoolean("ACCEPTE_SMS");
        if (id != null && !seenPersons.add(id)) {
            check.reject("PERSONNE_ID " + id + " en double dans le fichier : seule la première fiche est reprise");
        }
        AddressRecord address = null;
        String addressId = node.text("ADRESSE_ID");
        if (addressId != null && addressesInFile) {
            address = addresses.get(addressId);
            if (address == null) {
                check.anomaly("ADRESSE_ID " + addressId + " introuvable dans ADRESSES : personne reprise sans adresse");
            }
        }
        String civility = node.text("LC_CIVILITE") != null ? node.text("LC_CIVILITE") : node.text("LL_CIVILITE");
        SourceLocation location = location(node, id == null ? null : "PERSONNE_ID=" + id);
        PersonRecord record = check.rejected() ? null : new PersonRecord(location, id, civility, lastName,
                node.text("NOM_USAGE"), node.text("PRENOM"), node.text("TEL_PERSONNEL"), node.text("TEL_PORTABLE"),
                node.text("TEL_PROFESSIONNEL"), node.text("MEL"), acceptsSms, node.text("CODE_PROFESSION"), address);
        if (record != null) {
            acceptedPersons.add(id);
        }
        check.emit(items, location, record);
    }

    /** Queues the pupil's rejected links, then his guardianship and its anomalies; false when nothing was queued. */
    private boolean guardianship(String pupilId, List<Link> links) {
        List<Link> kept = new ArrayList<>(links.size());
        Set<String> persons = new HashSet<>();
        for (Link link : links) {
            if (!acceptedPersons.contains(link.personId())) {
                items.add(Rejection.rejected(link.location(), "lien responsable-élève : PERSONNE_ID "
                        + link.personId() + (seenPersons.contains(link.personId())
                        ? " rejetée dans ce fichier" : " absente de PERSONNES")));
            } else if (!persons.add(link.personId())) {
                items.add(Rejection.rejected(link.location(), "lien responsable-élève en double : PERSONNE_ID "
                        + link.personId() + " déjà responsable de l'élève " + pupilId));
            } else {
                kept.add(link);
            }
        }
        if (kept.isEmpty()) {
            return !items.isEmpty();
        }
        LegalRanks.Ranking ranking = LegalRanks.rank(kept.stream().map(Link::claim).toList());
        List<Responsibility> responsibilities = new ArrayList<>(kept.size());
        List<String> withoutAccount = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Link link = kept.get(i);
            LegalRank rank = ranking.ranks().get(i);
            if (link.claim().effectiveLevel() == 1 && !rank.isLegal()) {
                withoutAccount.add(link.personId());
            }
            responsibilities.add(new Responsibility(link.personId(), link.claim().effectiveLevel(), rank,
                    link.relationship(), link.claim().paysFees(), link.receivesAid(), link.housesPupil(),
                    link.contactFirst()));
        }
        SourceLocation location = kept.get(0).location();
        items.add(new GuardianshipRecord(location, pupilId, List.copyOf(responsibilities)));
        if (ranking.tooManyLegal()) {
            items.add(Rejection.anomaly(location, ranking.legalCount() + " représentants légaux de niveau 1 : comptes"
                    + " pour les deux premiers seulement (sans compte : PERSONNE_ID " + String.join(", ", withoutAccount)
                    + ")"));
        }
        for (Link link : kept) {
            for (String anomaly : link.anomalies()) {
                items.add(Rejection.anomaly(link.location(), anomaly));
            }
        }
        return true;
    }
}
