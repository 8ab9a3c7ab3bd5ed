package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcensus.functions.RealSnapshots;

/** Every data command says, in one stderr line, which optional fields its snapshot lacks. */
class MissingFieldsNoteTest {
    static final String NOTE = "# this snapshot lacks optional fields: Organization categorization (from "
            + "Organization) (schema 2026)";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tables", "check", "unmapped", "export", "workbook"})
    void aDataCommandOnThe2026SnapshotPrintsTheMissingFieldsOnceOnStandardError(String command) {
        List<String> args = new ArrayList<>(List.of(command, "--data", feb2026()));
        if (command.equals("export")) {
            args.addAll(List.of("--table", "Models"));
        } else if (command.equals("workbook")) {
            args.addAll(List.of("--out", dir.resolve("feb.xlsx").toString()));
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.err().lines().filter(NOTE::equals).count(), r.err());
        assertFalse(r.out().contains(NOTE), "stdout carries no note");
    }

    @Test
    void diffSaysWhichSnapshotLacksFields() {
        Cli r = Cli.run("diff", "--format", "csv", RealSnapshots.path(RealSnapshots.MAY_2025).toString(), feb2026());
        assertEquals(0, r.code(), r.err());
        assertEquals(NOTE.replace("# ", "# B: ") + "\n", r.err());
    }

    @Test
    void aSnapshotWithEveryFieldPrintsNoNote() {
        Cli r = Cli.run("tables", "--data", RealSnapshots.path(RealSnapshots.MAY_2025).toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }

    private static String feb2026() {
        return RealSnapshots.path(RealSnapshots.FEB_2026).toString();
    }
}
