package org.modelcensus.server.functions;

import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;

/** The sample dataset's catalogue, built once for all tests. */
final class TestData {
    static final FunctionCatalog CATALOG = FunctionCatalog.of(NormalizedDataset.of(SampleData.snapshot(), Edition.of("spri-2025")));

    private TestData() {
    }

    static FunctionRegistry registry() {
        return FunctionRegistry.of(CATALOG);
    }
}
