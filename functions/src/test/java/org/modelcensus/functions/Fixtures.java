package org.modelcensus.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small snapshot and corrections files written by tests, in either Epoch schema generation. */
public final class Fixtures {
    /** A 2024-schema header: the required columns, plus Link, numbers and a 2024-only column. */
    public static final String HEADER_2024 = "System,Domain,Task,Organization,Publication date,Country (from Organization),"
            + "Organization categorization (from Organization),Link,Parameters,Training compute (FLOP),Code accessibility";
    /** A 2025-schema header in another column order, with a 2025-only column. */
    public static final String HEADER_2025 = "Model,Publication date,Organization,Country (of organization),Domain,Task,"
            + "Organization categorization (from Organization),Link,Training compute (FLOP),Parameters,Base model";

    private Fixtures() {
    }

    /** Writes {@code lines} (joined by {@code \n}, UTF-8) to {@code dir/name} and returns the path. */
    public static Path write(Path dir, String name, String... lines) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The repository file at {@code relative} (e.g. {@code corrections/x.csv}), found from the module or the root. */
    public static Path repoFile(String relative) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(relative))) {
                return p.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
