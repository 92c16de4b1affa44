package org.scolarite.replication.control.siecle;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.InvoiceRecord;

/**
 * {@code Factures.xml} (root {@code TS_FACTURES}, docs/feeds/factures.md): {@code FACTURES/FACTURE} in one pass, any
 * other section skipped unread. A record without its ids, number, object or dates, with an amount that is not a
 * positive decimal with at most two decimals, or paid beyond its amount, is rejected with every reason.
 */
final class InvoicesReader extends ExportReader {

    /** The stored key is 20 characters. */
    private static final int MAX_ID = 20;
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,10}([.,]\\d{1,2})?");

    private final Set<String> ids = new HashSet<>();

    InvoicesReader(Path file, ExportHeader header, XmlCursor cursor) {
        super(file, header, cursor);
    }

    @Override
    protected boolean produce() {
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            if ("FACTURE".equals(cursor.name()) && "FACTURES".equals(cursor.parent())) {
                invoice(cursor.readNode());
                return true;
            }
            if (cursor.depth() == 2 && !"FACTURES".equals(cursor.name())) {
                cursor.skip();
            }
        }
        return false;
    }

    private void invoice(XmlNode node) {
        RecordCheck check = new RecordCheck(node);
        String id = check.required(node.attribute("FACTURE_ID"), "FACTURE_ID");
        String pupil = check.required(node.attribute("ELEVE_ID"), "ELEVE_ID");
        if (id != null && id.length() > MAX_ID) {
            check.reject("FACTURE_ID trop long (" + MAX_ID + " caractères au plus) : « " + id + " »");
        } else if (id != null && !ids.add(id)) {
            check.reject("FACTURE_ID " + id + " en double dans le fichier : seule la première fiche est reprise");
        }
        String number = check.required("NUMERO");
        if (number != null && number.length() > 30) {
            check.reject("NUMERO trop long (30 caractères au plus) : « " + number + " »");
        }
        String label = check.required("OBJET");
        var issuedOn = check.requiredDate("DATE_EMISSION");
        var dueOn = check.requiredDate("DATE_ECHEANCE");
        BigDecimal amount = amount(check, node, "MONTANT", true);
        BigDecimal paid = amount(check, node, "MONTANT_REGLE", false);
        if (issuedOn != null && dueOn != null && dueOn.isBefore(issuedOn)) {
            check.reject("DATE_ECHEANCE avant DATE_EMISSION");
        }
        if (amount != null && paid != null && paid.compareTo(amount) > 0) {
            check.reject("MONTANT_REGLE (" + paid + ") supérieur au MONTANT (" + amount + ")");
        }
        var location = location(node, id == null ? null : "FACTURE_ID=" + id
                + (pupil == null ? "" : " ELEVE_ID=" + pupil));
        check.emit(items, location, check.rejected() ? null : new InvoiceRecord(location, id, pupil, number,
                label.length() > 120 ? label.substring(0, 120) : label, issuedOn, dueOn, amount,
                paid == null ? BigDecimal.ZERO.setScale(2) : paid));
    }

    /** A decimal with at most two decimals, « . » or « , »; never a floating type. Absent and optional: null. */
    private static BigDecimal amount(RecordCheck check, XmlNode node, String child, boolean mandatory) {
        String text = mandatory ? check.required(node.text(child), child) : node.text(child);
        if (text == null) {
            return null;
        }
        if (!AMOUNT.matcher(text).matches()) {
            check.reject(child + " n'est pas un montant positif avec au plus deux décimales : « " + text + " »");
            return null;
        }
        return new BigDecimal(text.replace(',', '.')).setScale(2);
    }
}
