package org.modelcensus.functions.check;

import org.modelcensus.functions.report.Reports;
import org.modelcensus.functions.report.Report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The check joined with the seed ledgers of the test resources ({@code ledger-seed/}, built from the
 * causes docs/reproduction.md, the evidence files and the corrections files document) on the real
 * snapshots: statuses, totals apart for printed figures and blanks, and the side effects of the
 * shipped corrections.
 */
class SeedLedgerTest {
    static final String SEED = "functions/src/test/resources/ledger-seed/";

    private static Snapshot read(String name, String... corrections) {
        Snapshot s = EpochCsv.read(RealSnapshots.path(name));
        for (String c : corrections) {
            s = Corrections.load(Fixtures.repoFile(c)).apply(s).snapshot();
        }
        return s;
    }

    private static Check check(Snapshot s, String edition, boolean ledger) {
        Edition e = Edition.of(edition);
        Report r = Reports.build(NormalizedDataset.of(s, e));
        if (!ledger) {
            return Check.of(r, PublishedFigures.builtIn());
        }
        Path snapshots = RealSnapshots.path(RealSnapshots.JULY_2024).getParent();
        return Check.of(r, PublishedFigures.builtIn(), Ledger.load(Fixtures.repoFile(SEED + edition + ".csv"), e),
                List.of(snapshots));
    }

    @Test
    void spri2024WithItsKnownEdits() {
        Check c = check(read(RealSnapshots.JULY_2024, "corrections/spri-2024-known-edits.csv"), "spri-2024", true);
        assertEquals(new Check.Totals(359, 331, 21, 7), c.tablesTotals());
        assertEquals(new Check.Totals(220, 197, 17, 6), c.totals("printed"));
        assertEquals(89.5, c.totals("printed").equalPercent());
        assertEquals(new Check.Totals(105, 105, 0, 0), c.totals("blankAsZero"));
        // The report's 125/145 and 16/145 verify as report arithmetic.
        Check.CellResult share = c.cells().stream().filter(x -> x.key().table().equals("F3")
                && x.key().row().equals("비중(%)")).findFirst().orElseThrow();
        assertEquals(Check.Status.EXPLAINED, share.status());
        assertEquals("report-arithmetic", share.causes().get(0).cause().kind().id());
    }

    @Test
    void spri2024WithoutCorrectionsTheSameCausesExplainTheKnownEditsCells() {
        Check c = check(read(RealSnapshots.JULY_2024), "spri-2024", true);
        assertEquals(new Check.Totals(359, 314, 38, 7), c.tablesTotals());
    }

    @Test
    void spri2025WithBothCorrectionFilesAndTheirSideEffects() {
        Snapshot raw = read(RealSnapshots.MAY_2025);
        Snapshot known = read(RealSnapshots.MAY_2025, "corrections/spri-2025-known-edits.csv");
        Snapshot both = read(RealSnapshots.MAY_2025, "corrections/spri-2025-known-edits.csv",
                "corrections/spri-2025-weak-edits.csv");
        Check c = check(both, "spri-2025", true);
        assertEquals(new Check.Totals(453, 382, 15, 56), c.tablesTotals());
        assertEquals(new Check.Totals(216, 173, 6, 37), c.totals("printed"));
        assertEquals(80.1, c.totals("printed").equalPercent());
        assertEquals(new Check.Totals(127, 127, 0, 0), c.totals("blankAsZero"));
        Check without = check(raw, "spri-2025", false);
        List<String> knownSide = Check.sideEffects(without, check(known, "spri-2025", false)).stream()
                .map(p -> p[1].key().toString()).toList();
        assertEquals(4, knownSide.size(), knownSide.toString());
        List<String> bothSide = Check.sideEffects(without, c).stream().map(p -> p[1].key().table() + " " + p[1].key().row()
                + " " + p[0].computed() + "→" + p[1].computed()).toList();
        assertEquals(5, bothSide.size(), bothSide.toString());
        assertTrue(bothSide.contains("F3 합작 개발 27.0→28.0"), bothSide.toString());
    }
}
