package org.modelcensus.functions.report;

import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.check.PublishedFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;

/** The check scores on the closest real snapshots: any change to counting or normalization shows here. */
class RealSnapshotScoresTest {
    @ParameterizedTest
    @CsvSource({"large_scale_ai_models_2024-07-16.csv, spri-2024, 314, 359",
        "large_scale_ai_models_2025-05-20.csv, spri-2025, 360, 453"})
    void reproducesTheKnownScore(String file, String edition, int equal, int printed) {
        var data = NormalizedDataset.of(EpochCsv.read(RealSnapshots.path(file)), Edition.of(edition));
        Check check = Check.of(Reports.build(data), PublishedFigures.builtIn());
        assertEquals(printed, check.printed());
        assertEquals(equal, check.equal());
    }
}
