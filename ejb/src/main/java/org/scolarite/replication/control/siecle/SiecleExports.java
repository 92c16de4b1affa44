package org.scolarite.replication.control.siecle;

import java.nio.file.Path;
import org.scolarite.replication.control.FailedReader;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.SourceLocation;

/**
 * Entry point of the SIECLE/BEE and STS-web readers (SIECLE-FORMATS.md): recognises an export by its root element and
 * streams it with StAX in the encoding its prolog declares.
 */
public final class SiecleExports {

    private SiecleExports() {
    }

    /**
     * Reads only the root element and {@code PARAMETRES} of a plain XML export. Throws {@link UnreadableExport} with a
     * French reason when the file is not XML, not a known export, or its header is incomplete.
     */
    public static ExportHeader peek(Path xml) {
        String fileName = xml.getFileName().toString();
        try (XmlCursor cursor = XmlCursor.open(xml)) {
            return ExportHeaders.read(cursor, fileName);
        } catch (MalformedExport e) {
            throw new UnreadableExport(fileName + " : " + e.getMessage(), e);
        }
    }

    /**
     * Opens a plain XML export for streaming. When its UAI is not {@code expectedUai}, or it cannot even be started,
     * the reader yields one {@code FileFailure} and ends.
     */
    public static SourceReader open(Path xml, String expectedUai) {
        String fileName = xml.getFileName().toString();
        XmlCursor cursor = null;
        try {
            cursor = XmlCursor.open(xml);
            ExportHeader header = ExportHeaders.read(cursor, fileName);
            if (!header.uai().equalsIgnoreCase(expectedUai.strip())) {
                cursor.close();
                return new FailedReader(header, new FileFailure(SourceLocation.ofFile(fileName),
                        "Ce fichier est celui de l'établissement " + header.uai() + ", pas de " + expectedUai));
            }
            return switch (header.kind()) {
                case PUPILS -> new PupilsReader(xml, header, cursor);
                case GUARDIANS -> new GuardiansReader(xml, header, cursor);
                case NOMENCLATURE -> new NomenclatureReader(xml, header, cursor);
                case STS -> new StsReader(xml, header, cursor);
                case NOTES -> new NotesReader(xml, header, cursor);
                case TIMETABLE -> new TimetableReader(xml, header, cursor);
                case SCHOOL_LIFE -> new SchoolLifeReader(xml, header, cursor);
                case LSL, LSU -> new ReportBookReader(xml, header, cursor);
                case INVOICES -> new InvoicesReader(xml, header, cursor);
                case ASSIGNMENTS -> new AssignmentsReader(xml, header, cursor);
            };
        } catch (MalformedExport e) {
            closeQuietly(cursor);
            return new FailedReader(null, new FileFailure(new SourceLocation(fileName, e.line(), e.column(), null, null),
                    e.getMessage()));
        } catch (UnreadableExport e) {
            closeQuietly(cursor);
            return new FailedReader(null, new FileFailure(SourceLocation.ofFile(fileName), e.getMessage()));
        }
    }

    private static void closeQuietly(XmlCursor cursor) {
        if (cursor != null) {
            cursor.close();
        }
    }
}
