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
                case EXPLAINED -> assertTrue(!cell.equal() && verified, cell.key() + " explained without a verified cause");
                case UNEXPLAINED -> assertFalse(verified, cell.key() + " unexplained although a cause verifies");
            }
        }
    }

    private static List<String> unexplained(Check c) {
        return c.cells().stream().filter(x -> x.status() == Check.Status.UNEXPLAINED)
                .map(x -> x.key().table() + " " + x.key().row() + " " + x.key().column()).toList();
    }

    @Test
    void spri2024LeavesOneCellUnexplained() {
        Check c = check(RealSnapshots.JULY_2024, "spri-2024", "corrections/spri-2024-known-edits.csv");
        assertEquals(List.of("T4 이미지 분류(Image Classification) 계"), unexplained(c));
        assertEquals(new Check.Totals(359, 331, 27, 1), c.totals());
        assertEquals("{STRONG=2, MEDIUM=0, WEAK=0, SPECULATIVE=25}", c.explainedByStrength().toString(),
                "explained cells by their weakest verified cause");
        statusesComeFromVerification(c);
    }

    @Test
    void spri2025LeavesFourCellsUnexplained() {
        Check c = check(RealSnapshots.MAY_2025, "spri-2025", "corrections/spri-2025-known-edits.csv",
                "corrections/spri-2025-weak-edits.csv");
        assertEquals(List.of("T3 바이오(Biology) 2023", "T3 바이오(Biology) 계", "F3 단독 개발 계", "F3 합작 개발 계"),
                unexplained(c));
        assertEquals(new Check.Totals(453, 382, 67, 4), c.totals());
        assertEquals("{STRONG=15, MEDIUM=8, WEAK=15, SPECULATIVE=29}", c.explainedByStrength().toString(),
                "explained cells by their weakest verified cause");
        statusesComeFromVerification(c);
    }

    /** The data causes are recomputed, not trusted: without the shipped corrections fewer of them verify. */
    @Test
    void theSameLedgerExplainsLessOnTheUncorrectedSnapshots() {
        Check c = check(RealSnapshots.JULY_2024, "spri-2024");
        statusesComeFromVerification(c);
        assertTrue(c.totals().unexplained() > 1, c.totals().toString());
    }
}
