package org.modelcensus.functions.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modelcensus.functions.spreadsheet.ErrorAssertions.assertError;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.query.ExcelError;

class ListFunctionsTest {
    private final FunctionCatalog catalog = TinyDataset.catalog();

    private FunctionResult call(String name, Object... args) {
        return TinyDataset.call(catalog, name, args);
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> rows(FunctionResult r) {
        return (List<List<Object>>) r.value();
    }

    @Test
    void topDevelopersListsMostModelsFirstThenByName() {
        FunctionResult r = call("TOP_DEVELOPERS", 2024.0, 3.0);
        assertEquals(List.of(
                List.of("Alibaba", 2.0, "중국"),
                List.of("Meta", 1.0, "미국"),
                List.of("Mistral AI", 1.0, "프랑스")), rows(r));
    }

    @Test
    void topDevelopersCutsTiesAtTheLastRowAndSaysSo() {
        FunctionResult r = call("TOP_DEVELOPERS", 2024.0, 2.0);
        assertEquals(2, rows(r).size());
        assertEquals("3 more tied with the last row and left out: Mistral AI, Samsung, Stanford University", r.message());
    }

    @Test
    void topDevelopersReturnsEveryDeveloperWhenFewerThanN() {
        FunctionResult r = call("TOP_DEVELOPERS", 2024.0);
        assertEquals(5, rows(r).size());
        assertEquals("", r.message());
    }

    @Test
    void topDevelopersTruncatesAFractionalN() {
        assertEquals(2, rows(call("TOP_DEVELOPERS", 2024.0, 2.9)).size());
    }

    @Test
    void topDevelopersRejectsNBelowOne() {
        assertError(ExcelError.NUM, call("TOP_DEVELOPERS", 2024.0, 0.0), "n must be at least 1, got 0");
        assertError(ExcelError.NUM, call("TOP_DEVELOPERS", 2024.0, -3.0), "got -3");
    }

    @Test
    void topDevelopersOfAYearWithoutModelsIsNa() {
        assertError(ExcelError.NA, call("TOP_DEVELOPERS", 2031.0), "no models published in 2031");
        assertError(ExcelError.NA, call("TOP_DEVELOPERS", (Object) null), "published in 0");
    }

    @Test
    void topDevelopersRejectsTextForAYear() {
        assertError(ExcelError.VALUE, call("TOP_DEVELOPERS", "last year"), "year must be a number");
    }

    @Test
    void topModelsRanksModelsWithComputeByFlop() {
        assertEquals(List.of(
                List.of("Epsilon", 8e23, "Alibaba", "중국"),
                List.of("Gamma", 4e23, "Samsung, Stanford University", "한국, 미국"),
                List.of("Theta", 2e23, "Meta", "미국")), rows(call("TOP_MODELS", 2024.0, 10.0)));
    }

    @Test
    void topModelsKeepsAtMostNRows() {
        assertEquals(List.of("Epsilon"), rows(call("TOP_MODELS", 2024.0, 1.0)).stream().map(r -> r.get(0)).toList());
    }

    @Test
    void topModelsOfAYearWithoutComputeIsNa() {
        assertError(ExcelError.NA, call("TOP_MODELS", 2021.0), "no models with training compute published in 2021");
    }

    @Test
    void topModelsRejectsNBelowOne() {
        assertError(ExcelError.NUM, call("TOP_MODELS", 2024.0, 0.0), "n must be at least 1");
    }
}
