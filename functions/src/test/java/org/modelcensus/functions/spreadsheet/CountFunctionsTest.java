package org.modelcensus.functions.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modelcensus.functions.spreadsheet.ErrorAssertions.assertError;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcensus.functions.query.ExcelError;

class CountFunctionsTest {
    private final FunctionCatalog catalog = TinyDataset.catalog();

    private FunctionResult call(String name, Object... args) {
        return TinyDataset.call(catalog, name, args);
    }

    private double count(Object... args) {
        FunctionResult r = call("COUNT", args);
        assertTrue(r.value() instanceof Double, () -> r.value() + ": " + r.message());
        return (Double) r.value();
    }

    @Test
    void countWithoutArgumentsCountsEveryModelEvenUndated() {
        assertEquals(8, count());
    }

    @Test
    void countOverAYearRangeLeavesUndatedModelsOut() {
        assertEquals(7, count(2022.0, 2024.0));
        assertEquals(5, count(2024.0, 2024.0));
        assertEquals(5, count(2024.0));
        assertEquals(2, count(null, 2023.0, ""), "\"\" is blank: no lower bound");
    }

    @Test
    void countTruncatesFractionalYears() {
        assertEquals(count(2024.0, 2024.0), count(2024.9, 2024.2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KR", "kr", "한국", "Korea", "KOREA", "Korea (Republic of)", " korea (republic of) "})
    void countAcceptsACountryByCodeKoreanOrEnglishName(String korea) {
        assertEquals(2, count(null, null, korea));
    }

    @Test
    void countCountsAModelOfTwoCountriesUnderEach() {
        assertEquals(1, count(2024.0, 2024.0, "KR"));
        assertEquals(2, count(2024.0, 2024.0, "United States"));
    }

    @Test
    void countAcceptsADomainByEpochTagReportGroupOrShortLabel() {
        assertEquals(6, count(null, null, null, "Language"));
        assertEquals(6, count(null, null, null, "언어(Language)"));
        assertEquals(6, count(null, null, null, "언어"));
        assertEquals(1, count(null, null, null, "Image generation"));
        assertEquals(1, count(null, null, null, "음성"));
    }

    @Test
    void countOfAMergedDomainGroupCountsEachModelOnce() {
        // Delta carries Vision and Image generation, both in 시각
        assertEquals(2, count(null, null, null, "시각"));
        assertEquals(2, count(null, null, null, "시각(Vision/Video/Image Generation)"));
        assertEquals(2, count(null, null, null, "Vision"));
    }

    @Test
    void countTakesTheMultimodalTagAsADomain() {
        assertEquals(1, count(null, null, null, "Multimodal"));
        assertEquals(1, count(null, null, null, "멀티모달"));
    }

    @Test
    void countAcceptsATaskByEpochTagReportGroupOrShortLabel() {
        assertEquals(2, count(null, null, null, null, "Language modeling"));
        assertEquals(3, count(null, null, null, null, "언어 모델링/생성"));
        assertEquals(3, count(null, null, null, null, "언어 모델링/생성(Language Modeling/Generation)"));
        assertEquals(3, count(null, null, null, null, "채팅"));
        assertEquals(1, count(null, null, null, null, "Speech recognition"));
    }

    @Test
    void countAcceptsAnOrganisationTypeByCategoryOrReportLabel() {
        assertEquals(1, count(null, null, null, null, null, "Academia"));
        assertEquals(1, count(null, null, null, null, null, "학계(Academia)"));
        assertEquals(1, count(null, null, null, null, null, "학계"));
        assertEquals(8, count(null, null, null, null, null, "industry"));
    }

    @Test
    void countCombinesFiltersWithAnd() {
        assertEquals(1, count(2024.0, 2024.0, "KR", "Language", "언어 모델링/생성", "Academia"));
        assertEquals(0, count(2024.0, 2024.0, "FR", "Language"));
    }

    @Test
    void countOfAKnownCountryWithoutModelsIsZero() {
        assertEquals(0, count(null, null, "Japan"));
    }

    @Test
    void countGivesNaForAnUnknownCountryListingWhatIsAccepted() {
        assertError(ExcelError.NA, call("COUNT", 2024.0, 2024.0, "Atlantis"),
                "unknown country \"Atlantis\"", "KR", "한국", "Korea (Republic of)", "United States");
    }

    @Test
    void countGivesNaForAnUnknownDomainTaskOrOrganisationType() {
        assertError(ExcelError.NA, call("COUNT", null, null, null, "Poetry"), "unknown domain \"Poetry\"", "언어(Language)");
        assertError(ExcelError.NA, call("COUNT", null, null, null, null, "Juggling"), "unknown task", "채팅(Chat)");
        assertError(ExcelError.NA, call("COUNT", null, null, null, null, null, "Guild"), "unknown organisation type", "Industry");
    }

    @Test
    void countRejectsAReversedYearRange() {
        assertError(ExcelError.NUM, call("COUNT", 2025.0, 2024.0), "year_from (2025) is after year_to (2024)");
    }

    @Test
    void countRejectsTextForAYear() {
        // the two-argument form COUNT(2024, "KR") is not a shortcut: year_to comes second
        assertError(ExcelError.VALUE, call("COUNT", 2024.0, "KR"), "year_to must be a number", "\"KR\"");
    }

    @Test
    void countReadsNumericTextAndBooleansAsExcelDoes() {
        assertEquals(count(2024.0, 2024.0), count("2024", "2024"));
        assertEquals(0, count(true, true));
    }

    @Test
    void countRejectsTooManyArgumentsAndRanges() {
        assertError(ExcelError.VALUE, call("COUNT", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0), "COUNT takes 0 to 6 arguments");
        assertError(ExcelError.VALUE, call("COUNT", List.of(2024.0, 2025.0)), "year_from must be a single number or text", "range");
    }

    @Test
    void multimodalShareIsAFractionOfModelsInRange() {
        assertEquals(1.0, call("MULTIMODAL_SHARE", 2023.0, 2023.0).value());
        FunctionResult r = call("MULTIMODAL_SHARE", 2022.0, 2024.0);
        assertEquals(1.0 / 7, (Double) r.value(), 1e-15);
        assertEquals("1 of 7 models published in 2022-2024 are multimodal", r.message());
    }

    @Test
    void multimodalShareOfNoModelsIsADivisionByZero() {
        assertError(ExcelError.DIV0, call("MULTIMODAL_SHARE", 2030.0), "no models published in 2030 onwards");
    }

    @Test
    void multimodalShareRejectsAReversedYearRange() {
        assertError(ExcelError.NUM, call("MULTIMODAL_SHARE", 2024.0, 2020.0), "is after");
    }

    @Test
    void countryRankIsACompetitionRank() {
        // 2022-2024: US 3, KR 2, CN 2, FR 1
        assertEquals(1.0, call("COUNTRY_RANK", "US", 2022.0, 2024.0).value());
        assertEquals(2.0, call("COUNTRY_RANK", "한국", 2022.0, 2024.0).value());
        assertEquals(2.0, call("COUNTRY_RANK", "china", 2022.0, 2024.0).value());
        assertEquals(4.0, call("COUNTRY_RANK", "France", 2022.0, 2024.0).value());
    }

    @Test
    void countryRankExplainsItsValue() {
        assertEquals("한국: 2 models, rank 2 of 4 countries with models published in 2022-2024",
                call("COUNTRY_RANK", "KR", 2022.0, 2024.0).message());
    }

    @Test
    void countryRankOfACountryWithoutModelsInRangeIsNa() {
        assertError(ExcelError.NA, call("COUNTRY_RANK", "FR", 2022.0, 2023.0), "프랑스 has no models published in 2022-2023");
        assertError(ExcelError.NA, call("COUNTRY_RANK", "JP"), "일본 has no models");
    }

    @Test
    void countryRankOfAnUnknownOrBlankCountryIsNa() {
        assertError(ExcelError.NA, call("COUNTRY_RANK", "Atlantis"), "unknown country \"Atlantis\"");
        assertError(ExcelError.NA, call("COUNTRY_RANK", (Object) null), "unknown country \"\"");
    }

    @Test
    void countryRankNeedsACountry() {
        assertError(ExcelError.VALUE, call("COUNTRY_RANK"), "COUNTRY_RANK takes 1 to 3 arguments", "got 0");
    }
}
