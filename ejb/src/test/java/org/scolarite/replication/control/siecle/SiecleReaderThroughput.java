package org.scolarite.replication.control.siecle;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.entity.PupilRecord;
import org.scolarite.replication.entity.SourceItem;

/**
 * A throughput check run by hand, not a test (a timed test would fail at random on a loaded machine): writes a
 * pupils export of the real shape (ISO-8859-15, side sections after the pupils) and reads it through
 * {@link SiecleExports}, printing pupils per second. Run from {@code ejb} after {@code test-compile}:
 * {@code java -cp target/classes:target/test-classes:<ejb test classpath>
 * org.scolarite.replication.control.siecle.SiecleReaderThroughput 200000}.
 */
public final class SiecleReaderThroughput {

    /** The machine is shared: the reading thread's CPU time tells the rate on one core, whatever the load. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SiecleReaderThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int pupils = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path file = Files.createTempFile("ElevesAvecAdresses", ".xml");
        try {
            write(file, pupils);
            for (int round = 1; round <= 3; round++) {
                long start = System.nanoTime();
                long cpuStart = CPU.getCurrentThreadCpuTime();
                int read = 0;
                try (SourceReader reader = SiecleExports.open(file, "0140070A")) {
                    for (SourceItem item = reader.next(); item != null; item = reader.next()) {
                        if (item instanceof PupilRecord) {
                            read++;
                        }
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                System.out.printf("round %d: %d pupils, %.1f MB, %.2f s (%.0f pupils/s), CPU of the reading thread %.2f s"
                        + " (%.0f pupils/s), heap used %d MB%n", round, read, Files.size(file) / 1e6, seconds,
                        read / seconds, cpuSeconds, read / cpuSeconds,
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            }
        } finally {
            Files.delete(file);
        }
    }

    private static void write(Path file, int pupils) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, Charset.forName("ISO-8859-15")), 1 << 16)) {
            out.write("""
                    <?xml version="1.0" encoding="ISO-8859-15"?>
                    <BEE_ELEVES VERSION="3.0">
                      <PARAMETRES><UAJ>0140070A</UAJ><ANNEE_SCOLAIRE>2018</ANNEE_SCOLAIRE>
                      <DATE_EXPORT>03/09/2018</DATE_EXPORT><HORODATAGE>03/09/2018 21:14:07</HORODATAGE></PARAMETRES>
                      <DONNEES>
                        <ELEVES>
                    """);
            for (int i = 0; i < pupils; i++) {
                out.write("""
                              <ELEVE ELEVE_ID="%1$d" ELENOET="%1$d">
                                <ID_NATIONAL>%2$011d</ID_NATIONAL>
                                <NOM_DE_FAMILLE>LEFÈVRE-DUBŒUF%1$d</NOM_DE_FAMILLE>
                                <NOM_USAGE></NOM_USAGE>
                                <PRENOM>Chloé</PRENOM>
                                <PRENOM2>Zoé</PRENOM2>
                                <PRENOM3/>
                                <DATE_NAISS>14/03/2005</DATE_NAISS>
                                <CODE_SEXE>2</CODE_SEXE>
                                <CODE_PAYS>100</CODE_PAYS>
                                <CODE_PAYS_NAT>100</CODE_PAYS_NAT>
                                <CODE_DEPARTEMENT_NAISS>014</CODE_DEPARTEMENT_NAISS>
                                <CODE_COMMUNE_INSEE_NAISS>14118</CODE_COMMUNE_INSEE_NAISS>
                                <VILLE_NAISS>CAEN</VILLE_NAISS>
                                <ADRESSE_ID>%1$d</ADRESSE_ID>
                                <CODE_MEF>10310019110</CODE_MEF>
                                <CODE_STATUT>ST</CODE_STATUT>
                                <CODE_REGIME>2</CODE_REGIME>
                                <DOUBLEMENT>N</DOUBLEMENT>
                                <DATE_ENTREE>04/09/2017</DATE_ENTREE>
                                <ACCEPTE_SMS>1</ACCEPTE_SMS>
                                <DATE_MODIFICATION>01/09/2018</DATE_MODIFICATION>
                                <SCOLARITE_AN_DERNIER>
                                  <CODE_MEF>10210019110</CODE_MEF>
                                  <CODE_STRUCTURE>4A</CODE_STRUCTURE>
                                  <CODE_RNE>0140070A</CODE_RNE>
                                </SCOLARITE_AN_DERNIER>
                              </ELEVE>
                        """.formatted(i, i));
            }
            out.write("    </ELEVES>\n    <OPTIONS>\n");
            for (int i = 0; i < pupils; i++) {
                out.write("""
                              <OPTION ELEVE_ID="%d"><OPTIONS_ELEVE><NUM_OPTION>1</NUM_OPTION>
                              <CODE_MODALITE_ELECT>O</CODE_MODALITE_ELECT><CODE_MATIERE>030201</CODE_MATIERE></OPTIONS_ELEVE></OPTION>
                        """.formatted(i));
            }
            out.write("    </OPTIONS>\n    <STRUCTURES>\n");
            for (int i = 0; i < pupils; i++) {
                out.write("""
                              <STRUCTURES_ELEVE ELEVE_ID="%d">
                                <STRUCTURE><CODE_STRUCTURE>3A</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>
                                <STRUCTURE><CODE_STRUCTURE>3AGL1</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE></STRUCTURE>
                              </STRUCTURES_ELEVE>
                        """.formatted(i));
            }
            out.write("    </STRUCTURES>\n    <ADRESSES>\n");
            for (int i = 0; i < pupils; i++) {
                out.write("""
                              <ADRESSE ADRESSE_ID="%d"><LIGNE1_ADRESSE>12 RUE DE L'ÉGLISE</LIGNE1_ADRESSE>
                              <CODE_POSTAL>14000</CODE_POSTAL><LIBELLE_POSTAL>CAEN</LIBELLE_POSTAL>
                              <CODE_COMMUNE_INSEE>14118</CODE_COMMUNE_INSEE><LL_PAYS>FRANCE</LL_PAYS></ADRESSE>
                        """.formatted(i));
            }
            out.write("    </ADRESSES>\n  </DONNEES>\n</BEE_ELEVES>\n");
        }
    }
}
