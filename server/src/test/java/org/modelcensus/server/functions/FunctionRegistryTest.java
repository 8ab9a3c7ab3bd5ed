package org.modelcensus.server.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.spreadsheet.FunctionResult;

class FunctionRegistryTest {
    private final FunctionRegistry registry = TestData.registry();

    /** Ids are the add-in's function ids stored in users' workbooks: they must never change. */
    @Test
    void keepsTheIdsUsersWorkbooksReferTo() {
        assertEquals(List.of("CAGR", "COUNT", "MULTIMODAL_SHARE", "COUNTRY_RANK", "TOP_DEVELOPERS", "TOP_MODELS",
                "COMPUTE_DOUBLING_MONTHS"), registry.ids());
        registry.ids().forEach(id -> assertTrue(id.matches("[A-Z][A-Z0-9_.]{2,}"), id + " is not a valid Office id"));
    }

    @Test
    void findsAFunctionByIdOrFormulaName() {
        assertSame(registry.find("COUNT").orElseThrow(), registry.find(" census.count ").orElseThrow());
        assertTrue(registry.find("SUM").isEmpty());
        assertTrue(registry.find(null).isEmpty());
    }

    @Test
    void cachesResultsByNameAndArguments() {
        FunctionResult first = registry.call("COUNT", List.of(2024.0, 2024.0, "KR")).orElseThrow();
        FunctionResult again = registry.call("count", new ArrayList<>(List.of(2024.0, 2024.0, "KR"))).orElseThrow();
        assertSame(first, again);
        assertEquals(registry.catalog().find("COUNT").orElseThrow().call(List.of(2024.0, 2024.0, "KR")), first);
    }

    @Test
    void boundsItsCache() {
        FunctionRegistry small = FunctionRegistry.of(TestData.CATALOG, 100);
        for (int i = 0; i < 1_000; i++) {
            small.call("CAGR", List.of(1.0, (double) i, 2.0));
        }
        assertTrue(small.cachedResults() <= 100, "cached " + small.cachedResults());
    }
}
