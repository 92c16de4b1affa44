package org.scolarite.replication.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * The digest of a record's replicated fields (SHA-256, Base64: 44 characters), stored beside the row: the next run
 * compares digests, so that an unchanged record costs no write (running the same export twice changes nothing).
 * Fields are separated by a control character no export contains, and null differs from the empty string.
 */
public final class SourceHash {

    private static final char SEPARATOR = '\u001f';
    private static final String NULL = "\u0000";

    private SourceHash() {
    }

    public static String of(Object... fields) {
        StringBuilder text = new StringBuilder(256);
        for (Object field : fields) {
            text.append(field == null ? NULL : Objects.toString(field)).append(SEPARATOR);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
