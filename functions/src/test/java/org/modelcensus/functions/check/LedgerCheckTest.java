package org.modelcensus.functions.check;

import org.modelcensus.functions.report.Reports;
import org.modelcensus.functions.report.Report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.CellKey;

/**
 * Statuses and causes of {@link Check} joined with a ledger, on a three-model snapshot and the
 * spri-2024 printed figures (F2 prints 3 / 9 / 28 / 104 models for 2020-2023, 144 in all, CAGR 226.1).
 */
class LedgerCheckTest {
    private static final String H = "action,model,field,value,reason";
    private static final String HEADER = "table,row,column,kind,models,evidence,strength,hypothesis";
    private static final CellKey F2_2020 = new CellKey("F2", "모델 수", "2020");
    private static final CellKey F2_2021 = new CellKey("F2", "모델 수", "2021");
    private static final CellKey F2_2022 = new CellKey("F2", "모델 수", "2022");
    private static final CellKey F2_TOTAL = new CellKey("F2", "모델 수", "계");
    private static final CellKey F2_CAGR = new CellKey("F2", "CAGR(%)", "2020-2023");

    /** A, B dated 2020, C 2021: F2 computes 2 / 1 / 0 / 0, 3 in all. */
    private static Report report(Path dir) {
        Path data = Fixtures.write(dir, "data.csv", Fixtures.HEADER_2024,
                "A,Language,Chat,OpenAI,2020-03-01,United States of America,Industry,,,1e24,",
                "B,Language,Chat,OpenAI,2020-04-01,United States of America,Industry,,,1e24,",
                "C,Language,Chat,OpenAI,2021-04-01,United States of America,Industry,,,1e24,");
        return Reports.build(NormalizedDataset.of(EpochCsv.read(data), Edition.of("spri-2024")));
    }

    private static Ledger ledger(Path dir, String... rows) throws Exception {
        Files.createDirectories(dir.resolve("hypotheses/t"));
        Fixtures.write(dir.resolve("hypotheses/t"), "add-d.csv", H,
                "add,D,Publication date,2020-06-01,test: a 2020 model added",
                "add,D,Domain,Language,test", "add,D,Task,Chat,test", "add,D,Organization,OpenAI,test",
                "add,D,Country (from Organization),United States of America,test",
                "add,D,Organization categorization (from Organization),Industry,test",
                "add,D,Training compute (FLOP),1e24,test");
        Fixtures.write(dir.resolve("hypotheses/t"), "in-effect.csv", H,
                "add,B,Publication date,2020-04-01,test: B exists already", "add,B,Domain,Language,test",
                "remove,Z,,,test: Z is absent", "set,A,Publication date,2020-03-01,test: already so");
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return Ledger.load(Fixtures.write(dir, "ledger.csv", lines), Edition.of("spri-2024"));
    }

    private static Check.CellResult cell(Check check, CellKey key) {
        return check.cells().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aDataCauseExplainsACellEqualInTheWorldWhenTakingItOutChangesTheCell(@TempDir Path dir) throws Exception {
        Ledger ledger = ledger(dir, "F2,모델 수,2020,added-after-download,D,\"snap: D dated 2020-06-01\",strong,t/add-d.csv",
                "F2,모델 수,2021,added-after-download,D,\"snap: D\",weak,t/add-d.csv");
        Check check = Check.of(report(dir), PublishedFigures.builtIn(), ledger, List.of());
        assertEquals(List.of("t/add-d.csv"), check.world().scenario(), "no scenario file: every hypothesis, in order");
        Check.CellResult c2020 = cell(check, F2_2020);
        assertEquals(Check.Status.EXPLAINED, c2020.status());
        assertEquals(Cause.Strength.STRONG, c2020.strength());
        assertEquals(Boolean.TRUE, c2020.causes().get(0).verified());
        assertEquals("credited: the world gives 3 = printed; without t/add-d.csv 2", c2020.causes().get(0).note());
        Check.CellResult c2021 = cell(check, F2_2021);
        assertEquals(Check.Status.UNEXPLAINED, c2021.status());
        assertEquals("did not verify: the world gives 1, printed 9", c2021.causes().get(0).note());
        assertEquals(List.of("D"), c2021.causes().get(0).cause().models());
        assertEquals(ledger.source() + ":3", c2021.causes().get(0).cause().where());
        assertEquals(List.of(c2021.causes().get(0).cause()), check.world().withoutEffect());
    }

    @Test
    void theWorldAndEachAblationAreRecomputedOnce(@TempDir Path dir) throws Exception {
        Ledger ledger = ledger(dir, "F2,모델 수,2020,added-after-download,D,ev,weak,t/add-d.csv",
                "F2,모델 수,2021,added-after-download,D,ev,weak,t/add-d.csv",
                "F2,모델 수,2022,added-after-download,D,ev,weak,t/add-d.csv",
                "F2,모델 수,계,added-after-download,D,ev,weak,t/add-d.csv",
                "F2,모델 수,계,added-after-download,B,ev,weak,t/in-effect.csv");
        Report report = report(dir);
        long before = Check.RECOMPUTATIONS.get();
        Check check = Check.of(report, PublishedFigures.builtIn(), ledger, List.of());
        // The world {add-d, in-effect}, then the world without each of the two files.
        assertEquals(3, Check.RECOMPUTATIONS.get() - before);
        assertEquals("did not verify: the world gives 4, printed 144", cell(check, F2_TOTAL).causes().get(0).note());
        assertEquals(List.of("t/in-effect.csv: 4 rows already in effect, skipped"), check.world().scenarioNotes());
    }

    @Test
    void aCauseWhoseRemovalChangesNothingIsNotCredited(@TempDir Path dir) throws Exception {
        Ledger ledger = ledger(dir, "F2,모델 수,2020,added-after-download,B;D,ev,medium,t/in-effect.csv",
                "F2,모델 수,2020,added-after-download,D,ev,weak,t/add-d.csv");
        Check.CellResult c = cell(Check.of(report(dir), PublishedFigures.builtIn(), ledger, List.of()), F2_2020);
        assertEquals(Check.Status.EXPLAINED, c.status());
        assertEquals(Boolean.FALSE, c.causes().get(0).verified());
        assertEquals("no effect: without t/in-effect.csv the cell is still 3", c.causes().get(0).note());
        assertEquals(Boolean.TRUE, c.causes().get(1).verified());
        assertEquals(Cause.Strength.WEAK, c.strength(), "the credited cause's strength, not the one without effect");
    }

    @Test
    void aHypothesisOutsideTheScenarioIsAnAlternativeWithWhatItFixesAndBreaks(@TempDir Path dir) throws Exception {
        Ledger ledger = ledger(dir, "F2,모델 수,2020,added-after-download,D,ev,strong,t/add-d.csv");
        Fixtures.write(dir, "ledger-scenario.csv", "hypothesis,why", "t/in-effect.csv,test: a world without D");
        ledger = Ledger.load(dir.resolve("ledger.csv"), Edition.of("spri-2024"));
        Check check = Check.of(report(dir), PublishedFigures.builtIn(), ledger, List.of());
        Check.CellResult c = cell(check, F2_2020);
        assertEquals(Check.Status.UNEXPLAINED, c.status(), "an alternative never counts");
        assertEquals(Check.Role.ALTERNATIVE, c.causes().get(0).role());
        assertTrue(c.causes().get(0).note().contains("the cell is 3 = printed"), c.causes().get(0).note());
        Check.Alternative a = check.world().alternatives().get(0);
        assertEquals("t/add-d.csv", a.hypothesis());
        assertTrue(a.fixes().contains(F2_2020), a.toString());
    }

    @Test
    void aScenarioThatCannotApplyLeavesTheDataAsTheWorld(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("hypotheses/t"));
        Fixtures.write(dir.resolve("hypotheses/t"), "bad.csv", H, "set,Nobody,Domain,Language,test");
        Ledger ledger = ledger(dir, "F2,모델 수,2020,tags-revised,Nobody,ev,weak,t/bad.csv");
        Check check = Check.of(report(dir), PublishedFigures.builtIn(), ledger, List.of());
        Check.CellResult c = cell(check, F2_2020);
        assertEquals(Check.Status.UNEXPLAINED, c.status());
        assertTrue(check.world().scenarioNotes().get(0).startsWith("the scenario cannot be applied to this data: "
                + "ledger/hypotheses/t/bad.csv".replace("ledger/hypotheses", dir.resolve("hypotheses").toString())
                + ", line 2, column 2: model 'Nobody' not found"), check.world().scenarioNotes().toString());
    }

    @Test
    void reportKindsHoldOverCellsThatAreThemselvesEqualOrExplained(@TempDir Path dir) throws Exception {
        Ledger ledger = ledger(dir,
                "F2,모델 수,2021,report-arithmetic,,the print is three times 2020,strong,\"printed(F2,모델 수,2020)*3\"",
                "F2,모델 수,계,report-transcription,,the computed total is the sum,medium,\""
                        + "computed(F2,모델 수,2020)+computed(F2,모델 수,2021)\"",
                "F2,모델 수,2022,report-arithmetic,,wrong,weak,\"printed(F2,모델 수,2020)*3\"",
                "F2,CAGR(%),2020-2023,open,,tried: nothing fits,speculative,");
        Check before = Check.of(report(dir), PublishedFigures.builtIn(), ledger, List.of());
        assertEquals(Check.Status.UNEXPLAINED, cell(before, F2_2021).status(), "F2 2020 (2 vs 3) is not explained");
        assertTrue(cell(before, F2_2021).causes().get(0).note().endsWith("printed(F2,모델 수,2020) is unexplained"),
                cell(before, F2_2021).causes().get(0).note());
        Ledger withData = ledger(dir, "F2,모델 수,2020,added-after-download,D,ev,weak,t/add-d.csv",
                "F2,모델 수,2021,report-arithmetic,,the print is three times 2020,strong,\"printed(F2,모델 수,2020)*3\"",
                "F2,모델 수,계,report-transcription,,the computed total is the sum,medium,\""
                        + "computed(F2,모델 수,2020)+computed(F2,모델 수,2021)\"",
                "F2,모델 수,2022,report-arithmetic,,wrong,weak,\"printed(F2,모델 수,2020)*3\"",
                "F2,CAGR(%),2020-2023,open,,tried: nothing fits,speculative,");
        Check check = Check.of(report(dir), PublishedFigures.builtIn(), withData, List.of());
        assertEquals(Check.Status.EXPLAINED, cell(check, F2_2021).status());
        assertEquals(Cause.Strength.WEAK, cell(check, F2_2021).strength(), "as weak as the cell it reads");
        assertEquals("printed(F2,모델 수,2020)*3 = 9, the printed 9", cell(check, F2_2021).causes().get(0).note());
        assertEquals(Check.Status.EXPLAINED, cell(check, F2_TOTAL).status());
        assertEquals(Check.Status.UNEXPLAINED, cell(check, F2_2022).status());
        assertEquals("did not verify: printed(F2,모델 수,2020)*3 = 9, not the printed 28",
                cell(check, F2_2022).causes().get(0).note());
        assertEquals(Check.Status.UNEXPLAINED, cell(check, F2_CAGR).status());
        assertEquals("open: no accepted cause", cell(check, F2_CAGR).causes().get(0).note());
        assertEquals(3, check.totals().explained() - (int) check.cells().stream().filter(x -> x.note().startsWith("explained through")).count());
        long weaker = check.cells().stream().filter(x -> x.strength() != null && x.strength() != Cause.Strength.STRONG).count();
        assertTrue(weaker >= 2, "F2 2021 (weak) and the total (medium)");
        assertEquals(check.totals().unexplained() + weaker, check.totals(Cause.Strength.STRONG).unexplained(),
                "at the strong floor the weak and medium explanations count as unexplained");
    }

    @Test
    void equalCellsKeepTheirCausesUnverifiedAndTotalsSplitByCertainty(@TempDir Path dir) throws Exception {
        // T1 미국 2020_중복 is printed blank (read as 0) and no fixture model is shared: equal.
        Ledger ledger = ledger(dir, "T1,미국,2020_중복,open,,tried: nothing,speculative,");
        Check check = Check.of(report(dir), PublishedFigures.builtIn(), ledger, List.of());
        Check.CellResult c = cell(check, new CellKey("T1", "미국", "2020_중복"));
        assertEquals(Check.Status.EQUAL, c.status());
        assertNull(c.causes().get(0).verified());
        Check.Totals blanks = check.totals("blankAsZero");
        Check.Totals printed = check.totals("printed");
        assertEquals(105, blanks.cells());
        assertEquals(220, printed.cells());
        assertEquals(3, check.totals("blankUndisclosed").cells());
        assertEquals(31 + 49, check.totals("prose").cells(), "prose: 31 table cells printed in the text, 49 numbers of the text");
        int sum = check.tableTotals().values().stream().mapToInt(Check.Totals::cells).sum();
        assertEquals(408, sum);
    }

    @Test
    void withoutALedgerDifferingCellsAreUnexplained(@TempDir Path dir) {
        Check check = Check.of(report(dir), PublishedFigures.builtIn());
        assertEquals(Check.Status.UNEXPLAINED, cell(check, F2_2020).status());
        assertEquals(0, check.totals().explained());
    }
}
