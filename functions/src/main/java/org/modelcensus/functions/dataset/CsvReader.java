package org.modelcensus.functions.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader over a decoded text, one record at a time, in a single pass.
 *
 * <p>It counts physical lines (CR, LF and CRLF each end one) as it goes, so each record knows the
 * line it starts on and each syntax error names its line and character column. Empty lines are
 * skipped, and line breaks inside quoted fields are read as LF, so a file reads the same whatever
 * its line endings. A field longer than the limit stops the read before it is copied.
 */
final class CsvReader {
    private final String source;
    private final String text;
    private final int maxFieldChars;
    private int pos;
    private long line = 1;
    private int lineStart;
    private long recordLine;

    CsvReader(String source, String text, int maxFieldChars) {
        this.source = source;
        this.text = text;
        this.maxFieldChars = maxFieldChars;
    }

    /** The fields of the next record, or null after the last one. */
    List<String> next() {
        while (pos < text.length() && isBreak(text.charAt(pos))) {
            lineBreak();
        }
        if (pos >= text.length()) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        do {
            fields.add(field(fields.size() + 1));
        } while (endOfField());
        return fields;
    }

    /** The 1-based line the last record returned by {@link #next()} starts on. */
    long recordLine() {
        return recordLine;
    }

    private String field(int number) {
        if (pos < text.length() && text.charAt(pos) == '"') {
            return quoted(number);
        }
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && !isBreak(text.charAt(pos))) {
            pos++;
            checkLength(number, start, false);
        }
        return text.substring(start, pos);
    }

    /** Reads a quoted field from its opening quote; doubled quotes become one, breaks become LF. */
    private String quoted(int number) {
        long openLine = line;
        int openLineStart = lineStart;
        int start = ++pos;
        StringBuilder value = new StringBuilder();
        int copied = start;
        while (true) {
            if (pos >= text.length()) {
                throw new BadInputException(source, openLine, text.codePointCount(openLineStart, start - 1) + 1,
                        "unclosed quote: the quoted field that opens here never ends");
            }
            char c = text.charAt(pos);
            if (c == '"' && !(pos + 1 < text.length() && text.charAt(pos + 1) == '"')) {
                return copied == start ? text.substring(start, pos++) : value.append(text, copied, pos++).toString();
            }
            if (c == '"' || c == '\r') {
                value.append(text, copied, pos).append(c == '"' ? '"' : '\n');
                skipEscapeOrBreak(c);
                copied = pos;
            } else {
                advance(c);
            }
            checkLength(number, start, true);
        }
    }

    private void skipEscapeOrBreak(char c) {
        if (c == '"') {
            pos += 2;
        } else {
            lineBreak();
        }
    }

    private void advance(char c) {
        if (c == '\n') {
            lineBreak();
        } else {
            pos++;
        }
    }

    /** After a field: true past a comma; false past a line break or at the end of the text. */
    private boolean endOfField() {
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos);
        if (c == ',') {
            pos++;
            return true;
        }
        if (isBreak(c)) {
            lineBreak();
            return false;
        }
        throw new BadInputException(source, line, column(), String.format("unexpected character '%c' (U+%04X) "
                + "after a closing quote; a quote inside a quoted field must be doubled (\"\")", c, (int) c));
    }

    private void checkLength(int number, int start, boolean quoted) {
        if (pos - start > maxFieldChars) {
            String hint = quoted && text.indexOf('"', pos) < 0 ? "; its opening quote is never closed" : "";
            throw new BadInputException(source, recordLine, number,
                    "field " + number + " is longer than the limit of " + maxFieldChars + " characters" + hint);
        }
    }

    /** Consumes one CR, LF or CRLF at {@code pos}. */
    private void lineBreak() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    /** The 1-based character column of {@code pos} in its line. */
    private int column() {
        return text.codePointCount(lineStart, pos) + 1;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
