package org.scolarite.replication.control.siecle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes without its first {@code <NAME>…</NAME>} element, for the first pass of the two-pass readers: the
 * pupils ({@code ELEVES}) or persons ({@code PERSONNES}) make most of an export, and the first pass only wants what
 * comes after them. Finding the end tag by bytes is about ten times cheaper than having the XML parser tokenize the
 * section; the second pass parses it for real (a fault inside the section is then found there).
 *
 * <p>The encodings of the exports (ISO-8859-15, ISO-8859-1, UTF-8) all write ASCII as single bytes, so the tags are
 * found as bytes; a section never contains its own end tag in a comment or CDATA in these exports. Lines after the cut
 * are given back in the file's numbering by {@link #fileLine}.
 */
final class SectionSkippingStream extends InputStream {

    private enum State { BEFORE, INSIDE, AFTER }

    private final InputStream in;
    private final byte[] open;
    private final byte[] close;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean eof;
    private State state = State.BEFORE;
    private int line = 1;
    private int column = 1;
    private int cutLine;
    private int cutColumn;
    private int skippedLines;

    SectionSkippingStream(InputStream in, String element) {
        this.in = in;
        this.open = ("<" + element).getBytes(StandardCharsets.US_ASCII);
        this.close = ("</" + element + ">").getBytes(StandardCharsets.US_ASCII);
    }

    /** A line as the parser counts it in this stream, in the file's own numbering. */
    int fileLine(int streamLine, int streamColumn) {
        if (state == State.BEFORE || streamLine < cutLine || streamLine == cutLine && streamColumn <= cutColumn) {
            return streamLine;
        }
        return streamLine + skippedLines;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            if (state == State.INSIDE) {
                skipToEnd();
            }
            int available = passable();
            if (state == State.INSIDE) {
                continue;
            }
            if (available > 0) {
                int count = Math.min(available, length);
                System.arraycopy(buffer, position, target, offset, count);
                if (state == State.BEFORE) {
                    count(position, position + count);
                }
                position += count;
                return count;
            }
            if (!refill() && position >= limit) {
                return -1;
            }
        }
    }

    /** How many bytes from {@link #position} can be given now; may move into {@code INSIDE} or {@code AFTER}. */
    private int passable() {
        if (state == State.AFTER) {
            return limit - position;
        }
        // BEFORE: look for the opening tag, keeping back what could be its start until more bytes come
        int last = limit - open.length - 1;
        for (int i = position; i <= last; i++) {
            if (buffer[i] == '<' && startsWith(i, open)) {
                byte next = buffer[i + open.length];
                if (next == '>' || next == ' ' || next == '\t' || next == '\r' || next == '\n') {
                    if (i > position) {
                        return i - position;
                    }
                    cutLine = line;
                    cutColumn = column;
                    state = State.INSIDE;
                    return 0;
                }
                if (next == '/') {
                    // <NAME/>: an empty section, nothing worth skipping
                    state = State.AFTER;
                    return limit - position;
                }
            }
        }
        if (eof) {
            state = State.AFTER;
            return limit - position;
        }
        return Math.max(0, last + 1 - position);
    }

    /** Drops bytes up to and including the closing tag, counting their lines. */
    private void skipToEnd() throws IOException {
        while (true) {
            int last = limit - close.length;
            for (int i = position; i <= last; i++) {
                if (buffer[i] == '<' && startsWith(i, close)) {
                    countSkipped(position, i + close.length);
                    position = i + close.length;
                    state = State.AFTER;
                    return;
                }
            }
            int keep = Math.min(limit - position, close.length - 1);
            countSkipped(position, limit - keep);
            position = limit - keep;
            if (!refill()) {
                // truncated inside the section: the parser will report the premature end
                countSkipped(position, limit);
                position = limit;
                state = State.AFTER;
                return;
            }
        }
    }

    private boolean startsWith(int at, byte[] pattern) {
        for (int j = 1; j < pattern.length; j++) {
            if (buffer[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    /** Moves the unread bytes to the front and reads more; false at the end of the file. */
    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        int unread = limit - position;
        System.arraycopy(buffer, position, buffer, 0, unread);
        position = 0;
        limit = unread;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            eof = true;
            return false;
        }
        limit += read;
        return true;
    }

    private void count(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    private void countSkipped(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                skippedLines++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
