package org.modelcensus.functions.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.check.PublishedFigures;
import org.modelcensus.functions.report.Reports;

/**
 * The shipped example corrections ({@code corrections/*.csv}, the strong and medium rows of
 * {@code known-post-download-edits.csv}) against the real snapshots: the exact check scores they reach.
 */
class KnownEditsTest {
    static final String SPRI_2024 = "corrections/spri-2024-known-edits.csv";
    static final String SPRI_2025 = "corrections/spri-2025-known-edits.csv";
    static final String SPRI_2025_WEAK = "corrections/spri-2025-weak-edits.csv";

    private static Check check(Snapshot snapshot, Edition edition) {
        return Check.of(Reports.build(NormalizedDataset.of(snapshot, edition)), PublishedFigures.builtIn());
    }

    private static Snapshot corrected(String snapshot, Path corrections) {
        return Corrections.load(corrections).apply(EpochCsv.read(RealSnapshots.path(snapshot))).snapshot();
    }

    @Test
    void spri2024KnownEditsLiftTheJuly2024CheckFrom314To331Of359() {
        Snapshot july = EpochCsv.read(RealSnapshots.path(RealSnapshots.JULY_2024));
        assertEquals(314, check(july, Edition.of("spri-2024")).equal());
        Check c = check(corrected(RealSnapshots.JULY_2024, Fixtures.repoFile(SPRI_2024)), Edition.of("spri-2024"));
        assertEquals(List.of(331, 359), List.of(c.equal(), c.printed()));
        assertEquals(new Check.TableScore("T7", 36, 36), c.table("T7"));
    }

    @Test
    void spri2025KnownEditsLiftTheMay2025CheckFrom360To375Of453() {
        Snapshot may = EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025));
        assertEquals(360, check(may, Edition.of("spri-2025")).equal());
        Check c = check(corrected(RealSnapshots.MAY_2025, Fixtures.repoFile(SPRI_2025)), Edition.of("spri-2025"));
        assertEquals(List.of(375, 453), List.of(c.equal(), c.printed()));
        assertEquals(new Check.TableScore("T9", 29, 29), c.table("T9"));
    }

    /** The reproduction's 382 / 453 used scenario C's three weak rows too; they ship apart, labelled weak. */
    @Test
    void addingTheSeparateWeakEditsReachesTheReproductions382Of453() {
        Snapshot may = EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025));
        Snapshot known = Corrections.load(Fixtures.repoFile(SPRI_2025)).apply(may).snapshot();
        Snapshot all = Corrections.load(Fixtures.repoFile(SPRI_2025_WEAK)).apply(known).snapshot();
        Check c = check(all, Edition.of("spri-2025"));
        assertEquals(List.of(382, 453), List.of(c.equal(), c.printed()));
    }

    @Test
    void theWeakFileHoldsOnlyWeakRows() throws Exception {
        try (CSVParser p = CSVParser.parse(Fixtures.repoFile(SPRI_2025_WEAK), java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(3, p.getRecords().stream().filter(r -> r.get("reason").startsWith("weak: ")).count());
        }
    }

    @Test
    void shippedFilesKeepOnlyStrongAndMediumEvidence() throws Exception {
        for (String file : List.of(SPRI_2024, SPRI_2025)) {
            try (CSVParser p = CSVParser.parse(Fixtures.repoFile(file), java.nio.charset.StandardCharsets.UTF_8,
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                assertEquals(CorrectionFile.HEADER, p.getHeaderNames());
                for (CSVRecord r : p) {
                    assertTrue(r.get("reason").matches("(strong|medium)\\b.*"), file + ":" + r.getRecordNumber());
                }
            }
        }
    }
}
