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

    /** The text with every run of line breaks (and the spaces around it) turned into one space. */
    static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
