package org.scolarite.notification.control;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * The four Helvetica faces of one PDF and the text they can show. They are the PDF standard fonts in WinAnsi
 * (Windows-1252) encoding, not embedded: every reader has them, nothing is loaded from disk, and the file stays small
 * for thousands of letters. WinAnsi covers French (accents, « », ’, œ, …, the non-breaking space); any other
 * character is replaced by its unaccented form (« Nguyễn » → « Nguyen ») or a close ASCII form (« Ł » → « L »), else
 * by « ? », so that one unusual name never stops a mass printing. One instance per PDF: a {@link PdfFont} belongs to
 * its document.
 */
final class LetterFonts {

    private final PdfFont regular;
    private final PdfFont bold;
    private final PdfFont italic;
    private final PdfFont boldItalic;
    /** Per BMP character: 0 not yet asked, 1 printable, 2 to replace (asking the font costs a map look-up). */
    private final byte[] printable = new byte[Character.MAX_VALUE + 1];

    LetterFonts() {
        regular = standard(StandardFonts.HELVETICA);
        bold = standard(StandardFonts.HELVETICA_BOLD);
        italic = standard(StandardFonts.HELVETICA_OBLIQUE);
        boldItalic = standard(StandardFonts.HELVETICA_BOLDOBLIQUE);
    }

    private static PdfFont standard(String name) {
        try {
            return PdfFontFactory.createFont(name, PdfEncodings.WINANSI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfFont font(boolean isBold, boolean isItalic) {
        if (isBold) {
            return isItalic ? boldItalic : bold;
        }
        return isItalic ? italic : regular;
    }

    /** The text as the fonts can print it: unchanged in the usual case, without allocating. */
    String printable(String text) {
        int i = 0;
        while (i < text.length() && canPrint(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (Character.isBmpCodePoint(codePoint) && canPrint((char) codePoint)) {
                out.append((char) codePoint);
            } else {
                out.append(replacement(codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private boolean canPrint(char c) {
        if (printable[c] == 0) {
            printable[c] = !Character.isSurrogate(c) && regular.containsGlyph(c) ? (byte) 1 : (byte) 2;
        }
        return printable[c] == 1;
    }

    private String replacement(int codePoint) {
        return switch (codePoint) {
            case '\u202f', '\u2007' -> "\u00a0"; // narrow and figure no-break spaces, common in French typography
            case '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2008', '\u2009',
                    '\u200a' -> " ";
            case '\u2010', '\u2011', '\u2012', '\u2212' -> "-";
            case 'Ł' -> "L";
            case 'ł' -> "l";
            case 'Đ' -> "D";
            case 'đ' -> "d";
            case 'ı' -> "i";
            default -> unaccented(codePoint);
        };
    }

    /** The base letters of a decomposable character (« ễ » → « e »), or « ? ». */
    private String unaccented(int codePoint) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && canPrint(c)) {
                base.append(c);
            }
        }
        return base.isEmpty() ? "?" : base.toString();
    }
}
