package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

class LedgerCommandTest {
    private static final String SEED = "functions/src/test/resources/ledger-seed/";

    @Test
    void summarizesTheLedgerByKindAndStrength() {
        String seed = Fixtures.repoFile(SEED + "spri-2024.csv").toString();
        Cli r = Cli.run("ledger", "--report", "spri-2024", "--ledger", seed);
        assertEquals(0, r.code(), r.err());
        assertEquals(seed + ": 45 causes of 45 cells of spri-2024; 0 rejected hypotheses\n"
                + "  by kind: added-after-download 12, open 5, report-arithmetic 2, tags-backfilled 22, tags-revised 4\n"
                + "  by strength: medium 4, speculative 27, strong 14\n"
                + "  scenario: " + seed + " (no scenario file: every hypothesis, in ledger order): spri-2024/ernie-4.0-domain.csv + "
                + "spri-2024/task-backfill-bestfit.csv + spri-2024/llama-3.1-405b-added.csv\n", r.out());
    }

    @Test
    void anEditionWithoutALedgerHasAnEmptyOne() {
        Cli r = Cli.run("ledger", "--report", "spri-2026");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ledger/spri-2026.csv (none built in): 0 causes of 0 cells of spri-2026"), r.out());
    }

    @Test
    void effectsListTheCausesThatExplainNothingInTheOneWorld() {
        String july = RealSnapshots.path(RealSnapshots.JULY_2024).toString();
        Cli r = Cli.run("ledger", "--report", "spri-2024", "--effects", "--data", july,
                "--corrections", Fixtures.repoFile("corrections/spri-2024-known-edits.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  scenario: ledger/spri-2024-scenario.csv: spri-2024/task-backfill.csv + "
                + "spri-2024/gpt-4v-domain.csv\n"), r.out());
        assertTrue(r.out().contains("\ncauses that explain nothing on large_scale_ai_models_2024-07-16.csv: 1\n"
                + "  ledger/spri-2024.csv:"), r.out());
        assertTrue(r.out().contains(" tags-backfilled spri-2024/task-backfill.csv on T4 | 언어 모델링/생성(Language Modeling/Generation) | 계\n"),
                r.out());
        assertTrue(r.out().contains("\nalternative spri-2024/task-backfill-imggen-extra.csv: fixes 1 (T4 이미지 생성(Image Generation) 계), "
                + "breaks 8 (T4.text 복수 과업 모델 계; "), r.out());
    }

    @Test
    void markdownIsTheEditionsSectionOfTheReproductionNotes() {
        String july = RealSnapshots.path(RealSnapshots.JULY_2024).toString();
        Cli r = Cli.run("ledger", "--report", "spri-2024", "--ledger", Fixtures.repoFile(SEED + "spri-2024.csv").toString(),
                "--markdown", "--data", july, "--corrections", Fixtures.repoFile("corrections/spri-2024-known-edits.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("## spri-2024: "), r.out());
        assertTrue(r.out().contains("\n| large_scale_ai_models_2024-07-16.csv | 408 | 350 | 46 (13 / 4 / 0 / 29) | 12 | 41 | 180 / 220 (81.8 %) | 105 / 105 |  |\n"),
                r.out());
        assertTrue(r.out().contains("### Unexplained cells (+ "), r.out());
        assertTrue(r.out().contains("\n### Rejected hypotheses\n"), r.out());
    }

    @Test
    void aBadLedgerExits2WithFileLineAndColumn(@TempDir Path dir) {
        Path bad = Fixtures.write(dir, "l.csv", "table,row,column,kind,models,evidence,strength,hypothesis",
                "F2,모델 수,2020,open,,e,sure,");
        Cli r = Cli.run("ledger", "--report", "spri-2024", "--ledger", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("census: " + bad + ", line 2, column 7: unknown strength 'sure'"), r.err());
    }
}
