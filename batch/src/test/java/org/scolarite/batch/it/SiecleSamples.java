package org.scolarite.batch.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Small SIECLE/BEE exports in their real form (SIECLE-FORMATS.md), written by the tests into an establishment's drop
 * zone: a nomenclature with the MEF the pupils use, {@code ElevesSansAdresses.xml} with {@code pupils} pupils in one
 * division, {@code ResponsablesAvecAdresses.xml} with a mother (légal 1, pays the fees) and a father (légal 2) per
 * pupil. ISO-8859-15, names with accents, apostrophes and hyphens. Deterministic: the same arguments give the same
 * bytes, so that two establishments can receive the same data.
 */
final class SiecleSamples {

    static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");
    static final String MEF = "10010012110";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] LAST_NAMES = {"Lefèvre", "D'Almeida", "Martin-Dubois", "Œuvray", "Gaël"};
    private static final String[] FIRST_NAMES = {"Zoé", "Léa", "Jérôme", "Anaïs", "François"};

    private final Path inbox;
    private final String uai;
    private final int year;
    private final int school;

    /** {@code school}: the establishment's rank in its académie, which makes its pupils' INE its own. */
    SiecleSamples(Path inbox, String uai, int year, int school) {
        this.inbox = inbox;
        this.uai = uai;
        this.year = year;
        this.school = school;
    }

    void nomenclature() {
        write("Nomenclature.xml", "BEE_NOMENCLATURES", "3.1", out -> out.write("""
                <MEFS>
                <MEF CODE_MEF="%s">
                <FORMATION>6EME</FORMATION>
                <LIBELLE_LONG>6EME</LIBELLE_LONG>
                <LIBELLE_EDITION>6e</LIBELLE_EDITION>
                <MEF_RATTACHEMENT>%s</MEF_RATTACHEMENT>
                <CODE_MEFSTAT>10010012</CODE_MEFSTAT>
                <STATUT_MEF>4</STATUT_MEF>
                </MEF>
                </MEFS>
                <MATIERES>
                <MATIERE CODE_MATIERE="030201">
                <CODE_GESTION>AGL1</CODE_GESTION>
                <LIBELLE_COURT>ANGLAIS LV1</LIBELLE_COURT>
                <LIBELLE_LONG>ANGLAIS LV1</LIBELLE_LONG>
                <LIBELLE_EDITION>Anglais LV1</LIBELLE_EDITION>
                </MATIERE>
                </MATIERES>
                """.formatted(MEF, MEF)));
    }

    /** Pupils 1…n; {@code malformed}: the closing tag of the last pupil's first name is mistyped. */
    void pupils(int count, boolean malformed) {
        write("ElevesSansAdresses.xml", "BEE_ELEVES", "3.0", out -> {
            out.write("<ELEVES>\n");
            for (int i = 1; i <= count; i++) {
                String closing = malformed && i == count ? "</PRENON>" : "</PRENOM>";
                out.write("<ELEVE ELEVE_ID=\"" + pupilId(i) + "\" ELENOET=\"" + i + "\">\n"
                        + "<ID_NATIONAL>" + ine(i) + "</ID_NATIONAL>\n"
                        + "<NOM_DE_FAMILLE>" + xml(LAST_NAMES[i % LAST_NAMES.length].toUpperCase()) + "</NOM_DE_FAMILLE>\n"
                        + "<NOM_USAGE></NOM_USAGE>\n"
                        + "<PRENOM>" + FIRST_NAMES[i % FIRST_NAMES.length] + " " + i + closing + "\n"
                        + "<DATE_NAISS>" + DATE.format(LocalDate.of(year - 12, 1, 1).plusDays(i % 360)) + "</DATE_NAISS>\n"
                        + "<CODE_SEXE>" + (1 + i % 2) + "</CODE_SEXE>\n"
                        + "<CODE_MEF>" + MEF + "</CODE_MEF>\n"
                        + "<CODE_STATUT>ST</CODE_STATUT>\n"
                        + "<CODE_REGIME>2</CODE_REGIME>\n"
                        + "<DATE_ENTREE>01/09/" + year + "</DATE_ENTREE>\n"
                        + "</ELEVE>\n");
            }
            out.write("</ELEVES>\n<OPTIONS>\n</OPTIONS>\n<STRUCTURES>\n");
            for (int i = 1; i <= count; i++) {
                out.write("<STRUCTURES_ELEVE ELEVE_ID=\"" + pupilId(i) + "\">\n<STRUCTURE>\n"
                        + "<CODE_STRUCTURE>6" + (char) ('A' + i % 4) + "</CODE_STRUCTURE>\n"
                        + "<TYPE_STRUCTURE>D</TYPE_STRUCTURE>\n</STRUCTURE>\n</STRUCTURES_ELEVE>\n");
            }
            out.write("</STRUCTURES>\n");
        });
    }

    void guardians(int count) {
        write("ResponsablesAvecAdresses.xml", "BEE_RESPONSABLES", "3.0", out -> {
            out.write("<PERSONNES>\n");
            for (int i = 1; i <= count; i++) {
                person(out, mother(i), "MME", LAST_NAMES[i % LAST_NAMES.length], "Claire", i);
                person(out, father(i), "M.", LAST_NAMES[i % LAST_NAMES.length], "Paul", i);
            }
            out.write("</PERSONNES>\n<RESPONSABLES>\n");
            for (int i = 1; i <= count; i++) {
                responsibility(out, pupilId(i), mother(i), "10", true);
                responsibility(out, pupilId(i), father(i), "20", false);
            }
            out.write("</RESPONSABLES>\n<ADRESSES>\n");
            for (int i = 1; i <= count; i++) {
                out.write("<ADRESSE ADRESSE_ID=\"" + (500_000 + i) + "\">\n<LIGNE1_ADRESSE>" + i
                        + " rue de l'Église</LIGNE1_ADRESSE>\n<CODE_POSTAL>14000</CODE_POSTAL>\n"
                        + "<LIBELLE_POSTAL>CAEN</LIBELLE_POSTAL>\n<CODE_PAYS>100</CODE_PAYS>\n</ADRESSE>\n");
            }
            out.write("</ADRESSES>\n");
        });
    }

    static String pupilId(int i) {
        return Integer.toString(100_000 + i);
    }

    /**
     * INE of pupil i: distinct between the establishments of an académie (no pupil moves between them here), the same
     * for the same rank in two académies (two académies given the same exports get the same rows).
     */
    String ine(int i) {
        return String.format("%03d%07dK", 900 + school, i);
    }

    private static String mother(int i) {
        return Integer.toString(200_000 + 2 * i);
    }

    private static String father(int i) {
        return Integer.toString(200_001 + 2 * i);
    }

    private static void person(Writer out, String id, String civility, String lastName, String firstName, int i)
            throws IOException {
        out.write("<PERSONNE PERSONNE_ID=\"" + id + "\">\n<LC_CIVILITE>" + civility + "</LC_CIVILITE>\n"
                + "<NOM_DE_FAMILLE>" + xml(lastName.toUpperCase()) + "</NOM_DE_FAMILLE>\n"
                + "<PRENOM>" + firstName + "</PRENOM>\n<MEL></MEL>\n"
                + "<ADRESSE_ID>" + (500_000 + i) + "</ADRESSE_ID>\n</PERSONNE>\n");
    }

    private static void responsibility(Writer out, String pupil, String person, String kinship, boolean pays)
            throws IOException {
        out.write("<RESPONSABLE_ELEVE>\n<ELEVE_ID>" + pupil + "</ELEVE_ID>\n<PERSONNE_ID>" + person + "</PERSONNE_ID>\n"
                + "<NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>\n<CODE_PARENTE>" + kinship + "</CODE_PARENTE>\n"
                + "<PAIE_FRAIS_SCOLAIRES>" + (pays ? "1" : "0") + "</PAIE_FRAIS_SCOLAIRES>\n</RESPONSABLE_ELEVE>\n");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }

    private void write(String name, String root, String version, Body body) {
        try {
            Files.createDirectories(inbox);
            try (Writer out = Files.newBufferedWriter(inbox.resolve(name), ISO_8859_15)) {
                out.write("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<" + root + " VERSION=\"" + version
                        + "\">\n<PARAMETRES>\n<UAJ>" + uai + "</UAJ>\n<ANNEE_SCOLAIRE>" + year + "</ANNEE_SCOLAIRE>\n"
                        + "<DATE_EXPORT>01/09/" + year + "</DATE_EXPORT>\n<HORODATAGE>01/09/" + year
                        + " 06:00:00</HORODATAGE>\n</PARAMETRES>\n<DONNEES>\n");
                body.write(out);
                out.write("</DONNEES>\n</" + root + ">\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
