package org.modelcensus.functions.check;

import org.modelcensus.functions.report.Reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.corrections.Corrections;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;

/**
 * The built-in explanation ledgers ({@code ledger/spri-2024.csv}, {@code ledger/spri-2025.csv}, the
 * forensics of issue 10) on the real snapshots with the shipped corrections: the exact number of cells
 * each leaves unexplained, and that every explained cell owes its status to a cause that verifies on
 * this data (a recomputation with its hypothesis files, or the report's own arithmetic).
 */
class BuiltInLedgerTest {

    private static Check check(String snapshot, String edition, String... corrections) {
        Snapshot s = EpochCsv.read(RealSnapshots.path(snapshot));
        for (String c : corrections) {
            s = Corrections.load(Fixtures.repoFile(c)).apply(s).snapshot();
        }
        Edition e = Edition.of(edition);
        Path snapshots = RealSnapshots.path(snapshot).getParent();
        return Check.of(Reports.build(NormalizedDataset.of(s, e)), PublishedFigures.builtIn(), Ledger.builtIn(e),
                List.of(snapshots));
    }

    /** Every explained cell has a verified cause; no cause of an unexplained cell verifies. */
    private static void statusesComeFromVerification(Check c) {
        for (Check.CellResult cell : c.cells()) {
            boolean verified = cell.causes().stream().anyMatch(r -> Boolean.TRUE.equals(r.verified()));
            switch (cell.status()) {
                case EQUAL -> assertTrue(cell.equal(), cell.key().toString());
                case EXPLAINED -> assertTrue(!cell.equal() && (verified || cell.note().startsWith("explained through its cells")),
                        cell.key() + " explained without a verified cause");
                case UNEXPLAINED -> assertFalse(verified, cell.key() + " unexplained although a cause verifies");
            }
        }
    }

    private static List<String> unexplained(Check c) {
        return c.cells().stream().filter(x -> x.status() == Check.Status.UNEXPLAINED)
                .map(x -> x.key().table() + " " + x.key().row() + " " + x.key().column()).toList();
    }

    @Test
    void spri2024InOneWorld() {
        Check c = check(RealSnapshots.JULY_2024, "spri-2024", "corrections/spri-2024-known-edits.csv");
        assertEquals(List.of("T3 언어 비중(%) 계", "F3 비중(%) 계", "T4 언어 모델링/생성(Language Modeling/Generation) 계",
                "T4 이미지 생성(Image Generation) 계", "T4 이미지 분류(Image Classification) 계",
                "본문 II.1-20 값", "본문 II.1-22 값", "본문 II.1-29 값"), unexplained(c));
        assertEquals(new Check.Totals(408, 367, 33, 8), c.totals());
        assertEquals(49, c.totals("prose").cells() - 31, "the numbers of the report text, each with its sentence");
        assertEquals("{STRONG=0, MEDIUM=0, WEAK=0, SPECULATIVE=33}", c.explainedByStrength().toString(),
                "explained cells by their weakest credited cause");
        assertEquals(41, c.totals(Cause.Strength.MEDIUM).unexplained(), "strong + medium causes only");
        statusesComeFromVerification(c);
        oneWorld(c, RealSnapshots.JULY_2024, "spri-2024", "corrections/spri-2024-known-edits.csv");
    }

    @Test
    void spri2025InOneWorld() {
        String[] corrections = {"corrections/spri-2025-known-edits.csv", "corrections/spri-2025-weak-edits.csv"};
        Check c = check(RealSnapshots.MAY_2025, "spri-2025", corrections);
        assertEquals(new Check.Totals(515, 398, 97, 20), c.totals());
        assertEquals("{STRONG=11, MEDIUM=13, WEAK=41, SPECULATIVE=32}", c.explainedByStrength().toString(),
                "explained cells by their weakest credited cause");
        assertEquals(93, c.totals(Cause.Strength.MEDIUM).unexplained(), "strong + medium causes only");
        assertTrue(c.world().broken().isEmpty(), c.world().broken().toString());
        statusesComeFromVerification(c);
        oneWorld(c, RealSnapshots.MAY_2025, "spri-2025", corrections);
    }

    /**
     * Independently of {@link Check}: the scenario applied in one run gives the print on every cell explained
     * by data, and taking out the hypothesis file of each credited cause changes its cell (no credit without effect).
     */
    private static void oneWorld(Check c, String snapshot, String edition, String... corrections) {
        Edition e = Edition.of(edition);
        Snapshot data = EpochCsv.read(RealSnapshots.path(snapshot));
        for (String f : corrections) {
            data = Corrections.load(Fixtures.repoFile(f)).apply(data).snapshot();
        }
        List<Path> dirs = List.of(RealSnapshots.path(snapshot).getParent());
        List<Ledger.Step> scenario = Ledger.builtIn(e).scenario();
        assertFalse(scenario.isEmpty(), "the edition names its scenario");
        var world = Reports.build(NormalizedDataset.of(apply(data, scenario, null, dirs), e));
        int dataExplained = 0;
        for (Check.CellResult cell : c.cells()) {
            boolean byData = cell.causes().stream().anyMatch(r -> Boolean.TRUE.equals(r.verified()) && r.cause().kind().isData());
            if (cell.status() == Check.Status.EXPLAINED && byData) {
                dataExplained++;
                assertTrue(cell.printed().matches(world.value(cell.key())), cell.key() + " differs in the one world");
            }
        }
        assertTrue(dataExplained > 0);
        for (Ledger.Step step : scenario) {
            var without = Reports.build(NormalizedDataset.of(apply(data, scenario, step.hypothesis(), dirs), e));
            for (Check.CellResult cell : c.cells()) {
                for (Check.CauseResult r : cell.causes()) {
                    if (Boolean.TRUE.equals(r.verified()) && step.hypothesis().equals(r.cause().hypothesis())) {
                        assertTrue(!String.valueOf(without.value(cell.key())).equals(String.valueOf(world.value(cell.key()))),
                                cell.key() + " is credited to " + step.hypothesis() + " but does not change without it");
                    }
                }
            }
        }
    }

    private static Snapshot apply(Snapshot data, List<Ledger.Step> scenario, String leftOut, List<Path> dirs) {
        for (Ledger.Step step : scenario) {
            if (!step.hypothesis().equals(leftOut)) {
                data = step.data().applyTolerantly(data, dirs).snapshot();
            }
        }
        return data;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"spri-2024", "spri-2025"})
    void everyCauseHasItsEvidenceInKoreanAndNoReportSideCauseIsAConstant(String edition) {
        for (Cause c : Ledger.builtIn(Edition.of(edition)).causes()) {
            assertTrue(c.evidenceKo().codePoints().anyMatch(p -> Character.UnicodeScript.of(p) == Character.UnicodeScript.HANGUL),
                    c.where() + " has no Korean evidence");
            assertTrue(c.expression() == null || !c.expression().isConstant(), c.where());
        }
    }

    /** The data causes are recomputed, not trusted: without the shipped corrections fewer of them verify. */
    @Test
    void theSameLedgerExplainsLessOnTheUncorrectedSnapshots() {
        Check c = check(RealSnapshots.JULY_2024, "spri-2024");
        statusesComeFromVerification(c);
        assertTrue(c.totals().unexplained() > 5, c.totals().toString());
    }
}
