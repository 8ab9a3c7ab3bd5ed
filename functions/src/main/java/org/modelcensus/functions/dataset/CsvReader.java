package org.modelcensus.functions.dataset;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A strict RFC 4180 reader over UTF-8 bytes, one record at a time, in a single pass.
 *
 * <p>It counts physical lines (CR, LF and CRLF each end one) as it goes, so each record knows the
 * line it starts on and each syntax error names its line and character column. Empty lines are
 * skipped, and line breaks inside quoted fields are read as LF, so a file reads the same whatever
 * its line endings. A field longer than the limit (in UTF-16 characters, as Java counts a text's
 * length) stops the read before it is copied.
 *
 * <p>It reads the bytes without decoding the whole file: the separators are ASCII, so each field is
 * decoded on its own (an ASCII field is copied as it is). A byte that is not UTF-8 becomes U+FFFD;
 * {@link #sawReplacement()} says whether any field holds one, so that the caller can locate it.
 */
final class CsvReader {
    private final String source;
    private final byte[] bytes;
    private final int end;
    private final int maxFieldChars;
    private int pos;
    private long line = 1;
    private int lineStart;
    private long recordLine;
    /** The fields of the record being read. */
    private String[] fields = new String[32];
    private byte[] scratch = new byte[256];
    private boolean sawReplacement;

    /** A reader of a text (e.g. a schema file). */
    CsvReader(String source, String text, int maxFieldChars) {
        this(source, text.getBytes(StandardCharsets.UTF_8), 0, maxFieldChars);
    }

    /** A reader of {@code bytes} from {@code start} (past a byte order mark). */
    CsvReader(String source, byte[] bytes, int start, int maxFieldChars) {
        this(source, bytes, start, bytes.length, 1, maxFieldChars);
    }

    /** A reader of {@code bytes[start, end)}, the text at {@code start} being on line {@code line} of the file. */
    CsvReader(String source, byte[] bytes, int start, int end, long line, int maxFieldChars) {
        this.source = source;
        this.bytes = bytes;
        this.end = end;
        this.maxFieldChars = maxFieldChars;
        this.pos = start;
        this.lineStart = start;
        this.line = line;
    }

    /** Where the next record starts (or empty lines before it). */
    int position() {
        return pos;
    }

    /** The line of {@link #position()}. */
    long line() {
        return line;
    }

    /** The fields of the next record, or null after the last one. */
    List<String> next() {
        String[] fields = nextFields();
        return fields == null ? null : Arrays.asList(fields);
    }

    /** As {@link #next()}, in an array of exactly the record's fields (read into one reused for every record). */
    String[] nextFields() {
        while (pos < end && isBreak(bytes[pos])) {
            lineBreak();
        }
        if (pos >= end) {
            return null;
        }
        recordLine = line;
        int n = 0;
        do {
            if (n == fields.length) {
                fields = Arrays.copyOf(fields, 2 * n);
            }
            fields[n] = field(n + 1);
            n++;
        } while (endOfField());
        return Arrays.copyOf(fields, n);
    }

    /** The 1-based line the last record returned by {@link #next()} starts on. */
    long recordLine() {
        return recordLine;
    }

    /** Whether a field read so far holds U+FFFD, which a byte that is not UTF-8 also decodes to. */
    boolean sawReplacement() {
        return sawReplacement;
    }

    /** Marks U+FFFD as seen, in a field another reader of the same bytes read. */
    void replacementSeen() {
        sawReplacement = true;
    }

    private String field(int number) {
        if (pos < end && bytes[pos] == '"') {
            return quoted(number);
        }
        int start = pos;
        int p = pos;
        while (p < end) {
            byte b = bytes[p];
            if (b == ',' || b == '\n' || b == '\r') {
                break;
            }
            p++;
        }
        pos = p;
        checkLength(number, start, p, false);
        return text(bytes, start, p - start);
    }

    /** Reads a quoted field from its opening quote; doubled quotes become one, breaks become LF. */
    private String quoted(int number) {
        long openLine = line;
        int openLineStart = lineStart;
        int start = ++pos;
        int copied = start;
        int length = 0;
        boolean escaped = false;
        int p = pos;
        while (true) {
            if (p >= end) {
                pos = p;
                checkLength(number, start, p, true);
                throw new BadInputException(source, openLine, codePoints(openLineStart, start - 1) + 1,
                        "unclosed quote: the quoted field that opens here never ends");
            }
            byte b = bytes[p];
            if (b == '"') {
                if (p + 1 < end && bytes[p + 1] == '"') {
                    length = copy(copied, p + 1, length);
                    escaped = true;
                    p += 2;
                    copied = p;
                    continue;
                }
                pos = p + 1;
                checkLength(number, start, p, true);
                if (!escaped) {
                    return text(bytes, start, p - start);
                }
                length = copy(copied, p, length);
                return text(scratch, 0, length);
            }
            if (b == '\r') {
                length = copy(copied, p, length);
                length = copyByte((byte) '\n', length);
                escaped = true;
                pos = p;
                lineBreak();
                p = pos;
                copied = p;
            } else if (b == '\n') {
                pos = p;
                lineBreak();
                p = pos;
            } else {
                p++;
            }
        }
    }

    /** Appends {@code bytes[from, to)} to the scratch value; returns its new length. */
    private int copy(int from, int to, int length) {
        int n = to - from;
        ensure(length + n);
        System.arraycopy(bytes, from, scratch, length, n);
        return length + n;
    }

    private int copyByte(byte b, int length) {
        ensure(length + 1);
        scratch[length] = b;
        return length + 1;
    }

    private void ensure(int capacity) {
        if (capacity > scratch.length) {
            scratch = java.util.Arrays.copyOf(scratch, Math.max(capacity, scratch.length * 2));
        }
    }

    private String text(byte[] from, int offset, int length) {
        if (length == 0) {
            return "";
        }
        String s = new String(from, offset, length, StandardCharsets.UTF_8);
        // Cheap for an ASCII field: a Latin-1 string answers indexOf of a character above U+00FF at once.
        if (!sawReplacement && s.indexOf('\uFFFD') >= 0) {
            sawReplacement = true;
        }
        return s;
    }

    /** After a field: true past a comma; false past a line break or at the end of the text. */
    private boolean endOfField() {
        if (pos >= end) {
            return false;
        }
        byte b = bytes[pos];
        if (b == ',') {
            pos++;
            return true;
        }
        if (isBreak(b)) {
            lineBreak();
            return false;
        }
        char c = charAt(pos);
        throw new BadInputException(source, line, codePoints(lineStart, pos) + 1, String.format("unexpected character "
                + "'%c' (U+%04X) after a closing quote; a quote inside a quoted field must be doubled (\"\")", c, (int) c));
    }

    /**
     * Stops a field of the raw text {@code [start, stop)} longer than the limit. The limit counts
     * UTF-16 characters of the raw text (a doubled quote and a CRLF count two), never more than its
     * bytes, so the exact count is only needed when the bytes exceed it.
     */
    private void checkLength(int number, int start, int stop, boolean quoted) {
        if (stop - start <= maxFieldChars) {
            return;
        }
        int chars = 0;
        for (int p = start; p < stop; p++) {
            int b = bytes[p] & 0xFF;
            if (quoted && b == '"') {
                // A doubled quote is one step of two characters, as a CRLF is two steps' worth.
                chars += 2;
                p++;
            } else if ((b & 0xC0) != 0x80) {
                chars += b >= 0xF0 ? 2 : 1;
            }
            if (chars > maxFieldChars) {
                String hint = quoted && indexOfQuote(p + 1) < 0 ? "; its opening quote is never closed" : "";
                throw new BadInputException(source, recordLine, number,
                        "field " + number + " is longer than the limit of " + maxFieldChars + " characters" + hint);
            }
        }
    }

    private int indexOfQuote(int from) {
        for (int p = from; p < end; p++) {
            if (bytes[p] == '"') {
                return p;
            }
        }
        return -1;
    }

    /** Consumes one CR, LF or CRLF at {@code pos}. */
    private void lineBreak() {
        if (bytes[pos] == '\r' && pos + 1 < end && bytes[pos + 1] == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    /** The number of code points of {@code bytes[from, to)}, in the character columns errors give. */
    private int codePoints(int from, int to) {
        int n = 0;
        for (int p = from; p < to; p++) {
            if ((bytes[p] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /** The (first UTF-16) character of the code point starting at {@code p}. */
    private char charAt(int p) {
        int b = bytes[p] & 0xFF;
        if (b < 0x80) {
            return (char) b;
        }
        return new String(bytes, p, Math.min(4, end - p), StandardCharsets.UTF_8).charAt(0);
    }

    private static boolean isBreak(byte b) {
        return b == '\n' || b == '\r';
    }
}
