package org.modelcensus.functions.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.CellKey;

/** Tables on Epoch's 2026 file read the fields it renamed. */
class Schema2026TablesTest {
    @Test
    void spri2024T7ShowsLlama31DatasetSizeReadFromTheDeprecatedColumn() {
        var data = NormalizedDataset.of(EpochCsv.read(RealSnapshots.path(RealSnapshots.FEB_2026)),
                Edition.of("spri-2024"));
        Report report = Reports.build(data);
        assertEquals(1.56e13, report.value(new CellKey("T7", "Llama 3.1-405B", "학습데이터 규모")));
    }
}
