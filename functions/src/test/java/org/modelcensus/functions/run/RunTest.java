package org.modelcensus.functions.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.check.Ledger;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.report.Report;

class RunTest {
    private static final Recipe RECIPE = Recipe.of(Edition.of("spri-2025"));

    @Test
    void computesEachStageOnceEvenWhenAskedAtOnce() throws Exception {
        Run run = Run.of(SampleData.snapshot(), RECIPE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Report>> reports = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reports.add(pool.submit(run::report));
            }
            for (Future<Report> r : reports) {
                assertSame(run.report(), r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertSame(run.normalized(), run.report().data());
        assertSame(run.catalog(), run.catalog());
        assertSame(run.check(), run.check());
    }

    @Test
    void readingLoadsTheRecipeBesideTheSnapshotAndThrowsEachFailureAsThrown() {
        Run run = Run.reading(SampleData::snapshot, () -> RECIPE);
        assertSame(RECIPE, run.recipe());
        assertEquals(Run.of(SampleData.snapshot(), RECIPE).report().evaluate(), run.report().evaluate());

        IllegalStateException unread = new IllegalStateException("no data");
        assertSame(unread, assertThrows(IllegalStateException.class, () -> Run.reading(() -> {
            throw unread;
        }, () -> {
            throw new IllegalArgumentException("no edition");
        })), "the snapshot's failure comes first");
        IllegalArgumentException unknown = new IllegalArgumentException("no edition");
        assertSame(unknown, assertThrows(IllegalArgumentException.class,
                () -> Run.reading(SampleData::snapshot, () -> {
                    throw unknown;
                })));
        Recipe missing = new Recipe(RECIPE.edition(), null, java.nio.file.Path.of("no-such-export.csv"), List.of(), null);
        Run later = Run.reading(SampleData::snapshot, () -> missing);
        RuntimeException failed = assertThrows(RuntimeException.class, later::mappings);
        assertEquals(assertThrows(RuntimeException.class, () -> Run.of(SampleData.snapshot(), missing).mappings())
                .getMessage(), failed.getMessage());
    }

    @Test
    void aSecondSnapshotSharesTheMappingsAndALedgerOfOnesOwnSharesTheReport() {
        Run run = Run.of(SampleData.snapshot(), RECIPE);
        Run other = run.on(EpochCsv.parse("other.csv", SyntheticSnapshot.generate(40, 9)));
        assertSame(run.mappings(), other.mappings());
        assertNotSame(run.report(), other.report());
        Run explained = run.withLedger(Ledger.empty("none"));
        assertSame(run.report(), explained.report());
        assertEquals("none", explained.ledger().source());
        assertTrue(explained.check().cells().stream().allMatch(c -> c.causes().isEmpty()));
    }

    @Test
    void correctionsApplyInOrderAndTheUncorrectedRunSharesTheMappings() {
        Snapshot july = EpochCsv.read(org.modelcensus.functions.RealSnapshots.path(
                org.modelcensus.functions.RealSnapshots.JULY_2024));
        Run run = Run.of(july, Recipe.of(Edition.of("spri-2024"))
                .withCorrections(List.of(Fixtures.repoFile("corrections/spri-2024-known-edits.csv"))));
        assertEquals(1, run.corrections().size());
        assertNotSame(july, run.corrected());
        assertSame(july, run.uncorrected().corrected());
        assertSame(run.mappings(), run.uncorrected().mappings());
        assertSame(run.uncorrected(), run.uncorrected().uncorrected());
    }

    @Test
    void estimatesGrowWithTheTextAndTheModels() {
        Run small = Run.of(EpochCsv.parse("s.csv", SyntheticSnapshot.generate(1_000, 1)), RECIPE);
        Run large = Run.of(EpochCsv.parse("l.csv", SyntheticSnapshot.generate(10_000, 1)), RECIPE);
        assertTrue(large.estimatedBytes() > 8 * (small.estimatedBytes() - Run.derivedBytes(0)));
        assertEquals(Run.snapshotBytes(1_000) + Run.derivedBytes(10), Run.estimateBytes(1_000, 10));
        assertTrue(small.estimatedBytes() > Run.derivedBytes(1_000), "the snapshot's text counts too");
    }
}
