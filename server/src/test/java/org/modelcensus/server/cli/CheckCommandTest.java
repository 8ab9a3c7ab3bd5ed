package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

class CheckCommandTest {
    private static String july() {
        return RealSnapshots.path(RealSnapshots.JULY_2024).toString();
    }

    @Test
    void printsTheAppliedCorrectionsAboveTheScore() {
        String corrections = Fixtures.repoFile("corrections/spri-2024-known-edits.csv").toString();
        Cli r = Cli.run("check", "--data", july(), "--report", "spri-2024", "--corrections", corrections);
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().lines().skip(1).toArray(String[]::new);
        assertEquals("corrections applied from " + corrections + ": 13 rows", lines[0]);
        assertTrue(lines[1].startsWith("  line 2: add Llama 3.1-405B · Domain = \"Language\" (reason: strong"), lines[1]);
        assertTrue(lines[13].startsWith("  line 14: set ERNIE 4.0 · Task: \"Chat\" → "), lines[13]);
        assertEquals("spri-2024: 331 / 359 printed cells equal", lines[14]);
    }

    @Test
    void printsNoCorrectionsWithoutTheOption() {
        Cli r = Cli.run("check", "--data", july(), "--report", "spri-2024");
        assertTrue(r.out().startsWith("# source=" + july() + " sha256="), r.out());
        assertTrue(r.out().contains(" edition=spri-2024\nspri-2024: 314 / 359 printed cells equal\n"), r.out());
    }

    @Test
    void rejectsABadCorrectionsRowWithFileLineAndColumnAndExitCode2(@TempDir Path dir) {
        Path bad = Fixtures.write(dir, "bad.csv", "action,model,field,value,reason", "remove,GPT-3 175B (davinci),,,ok",
                "drop,Gopher,,,r");
        Cli r = Cli.run("check", "--data", july(), "--report", "spri-2024", "--corrections", bad.toString());
        assertEquals(2, r.code());
        assertEquals("census: " + bad + ", line 3, column 1: unknown action 'drop'; known: set, remove, add, add_from\n",
                r.err());
    }
}
