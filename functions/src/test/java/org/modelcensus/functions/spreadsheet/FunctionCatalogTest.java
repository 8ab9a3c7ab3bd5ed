package org.modelcensus.functions.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.query.ExcelError;

class FunctionCatalogTest {
    private static final List<Object> ODD_VALUES = Arrays.asList(null, "", " ", "x", "KR", "2024", "-1", 0.0, -1.0,
            1.0, 2.5, 2024.0, 1e308, -1e308, Double.NaN, Double.POSITIVE_INFINITY, Integer.valueOf(3), Long.valueOf(-2),
            true, false, ExcelError.NA, ExcelError.DIV0, List.of(1.0, 2.0), new Object());

    private final FunctionCatalog catalog = TinyDataset.catalog();

    @Test
    void listsTheFunctionsInAStableOrder() {
        assertEquals(List.of("CAGR", "COUNT", "MULTIMODAL_SHARE", "COUNTRY_RANK", "TOP_DEVELOPERS", "TOP_MODELS",
                "COMPUTE_DOUBLING_MONTHS"), catalog.functions().stream().map(SpreadsheetFunction::name).toList());
    }

    @Test
    void findsAFunctionIgnoringCase() {
        assertSame(catalog.functions().get(0), catalog.find(" cagr ").orElseThrow());
        assertTrue(catalog.find("CENSUS.CAGR").isEmpty());
        assertTrue(catalog.find(null).isEmpty());
    }

    @Test
    void describesEveryFunctionForAddInMetadata() {
        for (SpreadsheetFunction f : catalog.functions()) {
            assertTrue(f.name().matches("[A-Z][A-Z0-9_]*"), f.name());
            assertFalse(f.description().isBlank(), f.name());
            List<String> names = f.parameters().stream().map(Parameter::name).toList();
            assertEquals(names.size(), new HashSet<>(names).size(), f.name() + " has duplicate parameter names");
            boolean optionalSeen = false;
            for (Parameter p : f.parameters()) {
                assertTrue(p.name().matches("[a-z][a-z_]*") && !p.description().isBlank(), f.name() + "." + p.name());
                assertFalse(optionalSeen && !p.optional(), f.name() + ": a required parameter follows an optional one");
                optionalSeen |= p.optional();
            }
            assertEquals(f.dimensionality() == Dimensionality.MATRIX, !f.resultColumns().isEmpty(), f.name());
        }
    }

    @Test
    void givesCountAsDocumented() {
        SpreadsheetFunction count = catalog.find("COUNT").orElseThrow();
        assertEquals(List.of("year_from", "year_to", "country", "domain", "task", "org_type"),
                count.parameters().stream().map(Parameter::name).toList());
        assertTrue(count.parameters().stream().allMatch(Parameter::optional));
        assertEquals(Dimensionality.SCALAR, count.dimensionality());
        assertEquals(List.of("developer", "models", "nationality"),
                catalog.find("TOP_DEVELOPERS").orElseThrow().resultColumns());
    }

    @Test
    void neverThrowsWhateverTheArgumentsAre() {
        Random random = new Random(20250520);
        for (SpreadsheetFunction f : catalog.functions()) {
            for (int trial = 0; trial < 3000; trial++) {
                List<Object> args = new ArrayList<>();
                int n = random.nextInt(f.parameters().size() + 2);
                for (int i = 0; i < n; i++) {
                    args.add(ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
                }
                assertWellFormed(f, args, f.call(args));
            }
            assertWellFormed(f, null, f.call(null));
        }
    }

    private static void assertWellFormed(SpreadsheetFunction f, List<Object> args, FunctionResult r) {
        String call = f.name() + args;
        Object v = r.value();
        if (v instanceof ExcelError) {
            assertFalse(r.message().isBlank(), call + " gives an error without a message");
        } else if (f.dimensionality() == Dimensionality.MATRIX) {
            List<?> rows = (List<?>) v;
            assertFalse(rows.isEmpty(), call);
            rows.forEach(row -> assertEquals(f.resultColumns().size(), ((List<?>) row).size(), call));
        } else {
            assertTrue(v instanceof Double d && Double.isFinite(d) || v instanceof String, call + " = " + v);
        }
    }
}
