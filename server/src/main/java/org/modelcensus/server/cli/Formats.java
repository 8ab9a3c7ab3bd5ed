package org.modelcensus.server.cli;

import java.util.List;
import org.modelcensus.functions.dataset.BadInputException;

/** Output helpers shared by commands: checking a {@code --format} value, showing a value on one line. */
final class Formats {
    private Formats() {
    }

    static void require(String format, String... known) {
        if (!List.of(known).contains(format)) {
            throw new BadInputException("--format", 0, 0, "unknown format '" + format + "'; use one of "
                    + String.join(", ", known));
        }
    }

    /**
     * The text padded with spaces to {@code width} terminal columns, Hangul counting two (as a terminal draws it),
     * so Korean headers line up with the values under them.
     */
    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - columns(s)));
    }

    /** The same, the spaces on the left (for numbers' headers). */
    static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - columns(s))) + s;
    }

    private static int columns(String s) {
        return s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL ? 2 : 1).sum();
    }

    /** The text with every run of line breaks (and the spaces around it) turned into one space. */
    static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
