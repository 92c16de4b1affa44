package org.scolarite.notification.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterKind;
import org.scolarite.notification.entity.LetterPart;

/**
 * Writes a three-letter PDF to look at (not a test): a guardian with an address and one child, a guardian without
 * address, a guardian with two children. {@code java … LetterPdfSample /tmp/letters-sample.pdf}, then
 * {@code pdftoppm -png -r 60 /tmp/letters-sample.pdf /tmp/letters-sample}.
 */
public final class LetterPdfSample {

    private LetterPdfSample() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target/letters-sample.pdf");
        try (OutputStream out = Files.newOutputStream(target);
             LetterPdfWriter writer = new LetterPdfWriter(out, "Courriers de notification – exemple")) {
            writer.add(guardianLetter("Madame Claire DURAND", "12 rue des Lilas\n14000 CAEN", List.of("Léa DURAND (4A)")));
            writer.add(guardianLetter("Monsieur Karim BENALI", null, List.of("Inès BENALI (3C)")));
            writer.add(guardianLetter("Madame Łucja NGUYỄN-MARTIN", "Résidence « Les Tilleuls », bât. B\n"
                    + "7 allée des Peupliers\n14200 HÉROUVILLE-SAINT-CLAIR", List.of("Léa NGUYEN (4A)", "Hugo NGUYEN (6B)")));
            System.out.println(writer.letterCount() + " letters, " + writer.pageCount() + " pages → " + target);
        }
    }

    static PrintableLetter guardianLetter(String name, String address, List<String> children) {
        Map<LetterField, String> values = new EnumMap<>(SampleLetterData.values(LetterKind.GUARDIAN_NEW));
        values.put(LetterField.RECIPIENT_NAME, name);
        values.put(LetterField.RECIPIENT_ADDRESS, address);
        values.put(LetterField.CHILDREN, String.join("\n", children));
        String guardian = name.replaceFirst("^(Madame|Monsieur) ", "");
        return new PrintableLetter(DefaultLetterTemplates.of(LetterPart.HEADER),
                DefaultLetterTemplates.of(LetterPart.BODY_GUARDIAN_NEW), values,
                Optional.of(new RefusalCoupon(guardian, children)));
    }
}
