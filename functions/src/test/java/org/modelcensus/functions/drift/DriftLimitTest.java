package org.modelcensus.functions.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.run.Recipe;
import org.modelcensus.functions.run.Run;

class DriftLimitTest {
    private static final Run BEFORE = Run.of(EpochCsv.parse("a.csv", SyntheticSnapshot.generate(300, 1)),
            Recipe.of(Edition.of("spri-2025")));
    private static final Run AFTER = BEFORE.on(EpochCsv.parse("b.csv", SyntheticSnapshot.generate(300, 2)));

    @Test
    void stopsBeforeListingMoreModelLinesThanAllowed() {
        int lines = Drift.of(BEFORE.report(), AFTER.report()).modelLines();
        assertTrue(lines > 1_000, "two unrelated snapshots move many models: " + lines);
        assertEquals(lines, Drift.of(BEFORE.report(), AFTER.report(), lines).modelLines(), "exactly at the limit");
        DriftTooLargeException e = assertThrows(DriftTooLargeException.class,
                () -> Drift.of(BEFORE.report(), AFTER.report(), lines - 1));
        assertEquals(lines - 1, e.limit());
        assertTrue(e.getMessage().contains(String.format("%,d", lines - 1)), e.getMessage());
    }

    @Test
    void aHeapOfBytesHoldsOneLinePerKibibyte() {
        assertEquals(65_536, Drift.linesFitting(64L << 20));
        assertEquals(1, Drift.linesFitting(0));
    }
}
