package org.scolarite.replication.control.siecle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Exports arrive zipped as often as plain: unzips the XML entries of an archive into a directory (no entry may leave
 * it; bounded size against zip bombs) and returns the extracted files. Entries are written flat, under their file
 * name, since the replication looks for the exports directly in the establishment's directory; other entries
 * (a README, a PDF) are ignored.
 */
public final class ExportArchive {

    /** 2 GB uncompressed per entry: ten times the largest académie-wide export seen. */
    static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;

    private static final byte[] SIGNATURE = {'P', 'K', 3, 4};

    private ExportArchive() {
    }

    /** Whether the file starts with the zip signature (whatever its name). */
    public static boolean isZip(Path file) {
        try (InputStream input = Files.newInputStream(file)) {
            byte[] start = input.readNBytes(SIGNATURE.length);
            return java.util.Arrays.equals(start, SIGNATURE);
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws {@link UnreadableExport} for a damaged archive, an entry escaping {@code target} or an oversized one. */
    public static List<Path> extract(Path zip, Path target) {
        return extract(zip, target, MAX_ENTRY_BYTES);
    }

    static List<Path> extract(Path zip, Path target, long maxEntryBytes) {
        String archive = zip.getFileName().toString();
        List<Path> extracted = new ArrayList<>();
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Path root = target.toAbsolutePath().normalize();
            Files.createDirectories(root);
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                // checked before anything else: an archive that tries to leave its directory is refused whole
                if (!root.resolve(entry.getName()).normalize().startsWith(root)) {
                    throw new UnreadableExport(archive + " : l'entrée « " + entry.getName()
                            + " » sort du dossier de dépôt, archive refusée");
                }
                if (entry.isDirectory() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    continue;
                }
                Path file = root.resolve(Path.of(entry.getName()).getFileName().toString());
                if (extracted.contains(file)) {
                    throw new UnreadableExport(archive + " : deux fichiers « " + file.getFileName()
                            + " » dans l'archive");
                }
                extracted.add(file);
                copy(zipFile, entry, file, maxEntryBytes, archive);
            }
            return List.copyOf(extracted);
        } catch (UnreadableExport e) {
            deleteAll(extracted);
            throw e;
        } catch (ZipException e) {
            deleteAll(extracted);
            throw new UnreadableExport(archive + " : archive zip endommagée ou illisible (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            deleteAll(extracted);
            throw new UnreadableExport(archive + " : décompression impossible (" + e.getMessage() + ")", e);
        }
    }

    /** Counts the bytes written rather than trusting the entry's declared size, which an archive can lie about. */
    private static void copy(ZipFile zipFile, ZipEntry entry, Path file, long maxBytes, String archive)
            throws IOException {
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        try (InputStream input = zipFile.getInputStream(entry); OutputStream output = Files.newOutputStream(file)) {
            int read;
            while ((read = input.read(buffer)) > 0) {
                written += read;
                if (written > maxBytes) {
                    throw new UnreadableExport(archive + " : l'entrée « " + entry.getName() + " » dépasse la taille maximale "
                            + "autorisée une fois décompressée (" + maxBytes + " octets), archive refusée");
                }
                output.write(buffer, 0, read);
            }
        }
    }

    private static void deleteAll(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the extraction failed anyway; a leftover partial file in a run directory is reported by its reader
            }
        }
    }
}
