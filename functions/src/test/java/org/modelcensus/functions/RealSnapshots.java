package org.modelcensus.functions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;

/**
 * The real Epoch snapshots in {@code ../shared/epoch/} beside the repository. Tests that need one
 * skip when it is absent on a developer machine, and fail when {@code CI=true}.
 */
public final class RealSnapshots {
    public static final String JULY_2024 = "large_scale_ai_models_2024-07-16.csv";
    public static final String MAY_2025 = "large_scale_ai_models_2025-05-20.csv";
    public static final String FEB_2026 = "large_scale_ai_models_2026-02-16.csv";

    private RealSnapshots() {
    }

    /** The path of a shared snapshot, or an aborted (skipped) test when missing outside CI. */
    public static Path path(String name) {
        Path dir = sharedDir().resolve("epoch");
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but the real snapshot " + file.toAbsolutePath() + " is missing");
            }
            assumeTrue(false, "real snapshot " + file + " not present");
        }
        return file;
    }

    /** {@code ../shared} next to the repository root, found from the module or the root directory. */
    public static Path sharedDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("epoch")) && Files.isRegularFile(p.resolve("pom.xml"))
                    && !Files.isRegularFile(p.getParent().resolve("pom.xml"))) {
                return candidate;
            }
        }
        return here.resolveSibling("shared");
    }
}
