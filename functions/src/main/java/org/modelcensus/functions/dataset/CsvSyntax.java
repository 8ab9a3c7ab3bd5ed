package org.modelcensus.functions.dataset;

/**
 * Finds where a CSV text breaks RFC 4180 when Commons CSV rejects it, so the error names the
 * line and column of the culprit (Commons CSV reports only a position for some errors).
 */
final class CsvSyntax {
    private CsvSyntax() {
    }

    /** Counts lines (CR, LF and CRLF each one break) up to increasing character offsets. */
    static final class LineCounter {
        private final String text;
        private int offset;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** The 1-based line of {@code target}; offsets must not decrease between calls. */
        long lineAt(long target) {
            int end = (int) Math.min(target, text.length());
            for (; offset < end; offset++) {
                char c = text.charAt(offset);
                if (c == '\n' || (c == '\r' && (offset + 1 >= text.length() || text.charAt(offset + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }

    /** Turns a parser failure into a located {@link BadInputException}. */
    static BadInputException locate(String source, String text, Exception failure) {
        if (failure instanceof BadInputException b) {
            return b;
        }
        BadInputException found = scan(source, text);
        if (found != null) {
            return found;
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (message.contains("duplicate name")) {
            return new BadInputException(source, 1, 0, "duplicate column in the header: " + message);
        }
        if (message.contains("missing column name") || message.contains("header is missing")) {
            return new BadInputException(source, 1, 0, "empty column name in the header");
        }
        return new BadInputException(source, 0, 0, "malformed CSV: " + message, failure);
    }

    /** Walks the whole text by RFC 4180 rules; the first violation, or null. */
    private static BadInputException scan(String source, String text) {
        long line = 1;
        int lineStart = 0;
        int i = 0;
        int n = text.length();
        boolean fieldStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (fieldStart && c == '"') {
                long quoteLine = line;
                int quoteColumn = i - lineStart + 1;
                i++;
                boolean closed = false;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                        lineStart = i + 1;
                    }
                    i++;
                }
                if (!closed) {
                    return new BadInputException(source, quoteLine, quoteColumn,
                            "unclosed quote: the quoted field opened here never ends");
                }
                if (i < n) {
                    char after = text.charAt(i);
                    if (after != ',' && after != '\n' && after != '\r') {
                        return new BadInputException(source, line, i - lineStart + 1,
                                "unexpected character '" + after + "' after a closing quote (a quote inside a "
                                        + "quoted field must be doubled: \"\")");
                    }
                }
                fieldStart = false;
                continue;
            }
            if (c == ',') {
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
                fieldStart = true;
            } else {
                fieldStart = false;
            }
            i++;
        }
        return null;
    }
}
