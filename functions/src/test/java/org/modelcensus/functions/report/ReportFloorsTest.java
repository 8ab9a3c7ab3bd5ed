package org.modelcensus.functions.report;

import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.check.PublishedFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;

/** The floors an independent reproduction reached, asserted on the real snapshots. */
class ReportFloorsTest {
    private static Check check(String snapshot, Edition edition) {
        var data = NormalizedDataset.of(EpochCsv.read(RealSnapshots.path(snapshot)), edition);
        return Check.of(Reports.build(data), PublishedFigures.builtIn());
    }

    private static void assertExact(Check check, String table) {
        Check.TableScore s = check.table(table);
        assertTrue(s.printed() > 0, table + " has printed cells");
        assertEquals(s.printed(), s.equal(), table + " reproduced exactly");
    }

    @Test
    void reproducesTheFirstEditionFromTheJuly2024Snapshot() {
        Check check = check(RealSnapshots.JULY_2024, Edition.of("spri-2024"));
        assertEquals(359, check.printed());
        assertTrue(check.equal() >= 314, "equal cells: " + check.equal());
        assertEquals(154, check.table("T1").equal());
        for (String table : new String[] {"F2", "T1", "T2", "F4", "T6", "F5"}) {
            assertExact(check, table);
        }
    }

    @Test
    void reproducesTheSecondEditionFromTheMay2025Snapshot() {
        Check check = check(RealSnapshots.MAY_2025, Edition.of("spri-2025"));
        assertEquals(453, check.printed());
        assertTrue(check.equal() >= 360, "equal cells: " + check.equal());
    }

    @Test
    void namesTheModelsBehindEveryDifferingCount() {
        Check check = check(RealSnapshots.JULY_2024, Edition.of("spri-2024"));
        var language2023 = check.differences().stream()
                .filter(c -> c.printed().key().table().equals("T3") && c.printed().key().column().equals("2023")
                        && c.printed().key().row().startsWith("언어"))
                .findFirst().orElseThrow();
        assertEquals(91.0, language2023.computed());
        assertEquals(91, language2023.modelsBehind().size());
    }
}
