package org.modelcensus.functions.normalize;

import org.modelcensus.functions.edition.Edition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.query.LongTable;

class NormalizerTest {
    private static List<String> labels(NormalizedModel m) {
        return m.countries().stream().map(Country::labelKo).toList();
    }

    private static NormalizedModel only(Csv2025 csv, Edition edition) {
        return csv.normalize(edition).models().get(0);
    }

    @Test
    void splitsOnCommasNotFollowedByASpaceAndTrimsAndDropsRepeats() {
        assertEquals(List.of("Beijing Co., Ltd. (APUS)", "NAVER"), Tags.split("Beijing Co., Ltd. (APUS),\nNAVER ,NAVER"));
        assertEquals(List.of("US", "US"), Tags.splitAll("US,US"));
    }

    @Test
    void takesTheYearFromTheFirstFourCharactersOfThePublicationDate() {
        var m = only(new Csv2025().model("A", "Language", "Chat", "OpenAI", "2023-12-31", "United States of America",
                "Industry"), Edition.of("spri-2025"));
        assertEquals(2023, m.year());
        assertEquals("2023-12-31", m.date());
    }

    @Test
    void countsAMultinationalParentUnderItsNationalityNotEpochsCountryList() {
        var m = only(new Csv2025().model("Gemma", "Language", "Chat", "Google DeepMind", "2024-02-21",
                "United States of America,United Kingdom of Great Britain and Northern Ireland,Multinational,Canada,France",
                "Industry"), Edition.of("spri-2025"));
        assertEquals(List.of("미국"), labels(m));
        assertFalse(m.multiCountry());
    }

    @Test
    void neverKeepsMultinationalAsACountry() {
        var m = only(new Csv2025().model("X", "Language", "Chat", "Some Consortium,Uni Turku", "2023-01-01",
                "Multinational,Finland", "Academia"), Edition.of("spri-2025"));
        assertEquals(List.of("핀란드"), labels(m));
    }

    @Test
    void appliesEditionScopedCountryRules() {
        Csv2025 csv = new Csv2025().model("BLOOM-176B", "Language", "Language modeling", "Hugging Face,BigScience",
                "2022-11-08", "Multinational,United States of America,Multinational,France", "Industry,Research collective");
        assertEquals(List.of("미국"), labels(only(csv, Edition.of("spri-2024"))));
        assertEquals(List.of("미국", "프랑스"), labels(only(csv, Edition.of("spri-2025"))));
        Csv2025 sense = new Csv2025().model("SenseChat", "Language", "Chat", "SenseTime", "2023-04-10",
                "Hong Kong,China", "Industry");
        assertEquals(List.of("홍콩", "중국"), labels(only(sense, Edition.of("spri-2025"))));
        assertTrue(only(sense, Edition.of("spri-2025")).multiCountry());
        Csv2025 gopher = new Csv2025().model("Gopher", "Language", "Language modelling", "DeepMind", "2021-12-08",
                "United Kingdom of Great Britain and Northern Ireland", "Industry");
        assertEquals(List.of("영국"), labels(only(gopher, Edition.of("spri-2024"))));
        assertEquals(List.of("미국"), labels(only(gopher, Edition.of("spri-2025"))));
    }

    @Test
    void learnsAnOrganisationsCountryFromTheModelsItDevelopedAlone() {
        var data = new Csv2025()
                .model("Solo", "Language", "Chat", "Acme Labs", "2023-01-01", "Israel", "Industry")
                .model("Joint", "Language", "Chat", "Acme Labs,Google DeepMind", "2023-02-01",
                        "United States of America,United Kingdom of Great Britain and Northern Ireland,Multinational,Israel",
                        "Industry").normalize(Edition.of("spri-2025"));
        assertEquals(List.of("이스라엘", "미국"), labels(data.models().get(1)));
    }

    @Test
    void alignsCountriesWithOrganisationsInThe2024Schema() {
        String csv = "System,Domain,Task,Organization,Publication date,Country (from Organization),"
                + "Organization categorization (from Organization)\n"
                + "InternLM,Language,Chat,\"Shanghai AI Lab,SenseTime\",2023-07-06,\"China,Hong Kong\",\"Academia,Industry\"\n";
        var data = NormalizedDataset.of(EpochCsv.parse("t.csv", csv.getBytes(StandardCharsets.UTF_8)), Edition.of("spri-2024"));
        assertEquals(List.of("중국", "홍콩"), labels(data.models().get(0)));
    }

    @Test
    void fallsBackToEpochsListWhenAnOrganisationCannotBeResolved() {
        var m = only(new Csv2025().model("EGRU", "Language", "Language modeling", "Ruhr University Bochum,TU Dresden,"
                + "University of London", "2022-06-13", "Germany,Germany,United Kingdom of Great Britain and Northern Ireland",
                "Academia"), Edition.of("spri-2025"));
        assertEquals(List.of("독일", "영국"), labels(m));
    }

    @Test
    void treatsTheMultimodalTagAsAFlagNotADomain() {
        var data = new Csv2025().model("G", "Multimodal,Language,Vision", "Chat", "OpenAI", "2023-01-01",
                "United States of America", "Industry").normalize(Edition.of("spri-2025"));
        assertTrue(data.models().get(0).multimodal());
        assertEquals(List.of("Language", "Vision"), data.models().get(0).domains());
        assertEquals(2, data.table(DataTables.DOMAINS).size());
    }

    @Test
    void mergesDomainGroupsPerEditionAndMarksTheFirstTagOfEachGroup() {
        Csv2025 csv = new Csv2025().model("V", "Vision,Video,Audio,Speech", "Video generation", "OpenAI", "2024-01-01",
                "United States of America", "Industry");
        LongTable d2025 = csv.normalize(Edition.of("spri-2025")).table(DataTables.DOMAINS);
        assertEquals(List.of("시각(Vision/Video/Image Generation)", "시각(Vision/Video/Image Generation)",
                "음성(Audio/Speech)", "음성(Audio/Speech)"), column(d2025, DataTables.GROUP));
        assertEquals(List.of(1, 0, 1, 0), column(d2025, DataTables.FIRST));
        LongTable d2024 = csv.normalize(Edition.of("spri-2024")).table(DataTables.DOMAINS);
        assertEquals(List.of("비전(Vision)", "비디오(Video)", "음성(Audio & Speech)", "음성(Audio & Speech)"),
                column(d2024, DataTables.GROUP));
    }

    @Test
    void mergesTaskSpellingsIntoOneGroupCountedOncePerModel() {
        var data = new Csv2025().model("W", "Speech", "Speech recognition,Audio speech recognition,Language modelling,"
                + "Language modeling/generation", "OpenAI", "2022-12-05", "United States of America", "Industry")
                .normalize(Edition.of("spri-2024"));
        NormalizedModel m = data.models().get(0);
        assertEquals(List.of("음성 인식(Audio Speech Recognition)", "언어 모델링/생성(Language Modeling/Generation)"),
                m.taskGroups());
        assertEquals(List.of(1, 0, 1, 0), column(data.table(DataTables.TASKS), DataTables.FIRST));
        assertEquals(2, data.table(DataTables.MODELS).get(0, DataTables.N_TASKS));
    }

    @Test
    void keepsTextAutocompletionSeparateIn2024AndMergesItIn2025() {
        Csv2025 csv = new Csv2025().model("GPT-3", "Language", "Language modeling/generation,Text autocompletion",
                "OpenAI", "2020-05-28", "United States of America", "Industry");
        assertEquals(2, only(csv, Edition.of("spri-2024")).taskGroups().size());
        assertEquals(1, only(csv, Edition.of("spri-2025")).taskGroups().size());
    }

    @Test
    void leavesModelsWithoutTaskOutOfTaskCounts() {
        var data = new Csv2025().model("H", "Language", "", "NAVER", "2021-09-10", "Korea (Republic of)", "Industry")
                .normalize(Edition.of("spri-2025"));
        assertEquals(0, data.table(DataTables.TASKS).size());
        assertEquals(0, data.table(DataTables.MODELS).get(0, DataTables.HAS_TASK));
        assertEquals(0, data.table(DataTables.MODELS).get(0, DataTables.N_TASKS));
    }

    @Test
    void countsAModelUnderEachDistinctOrganisationTypeWithResearchCollectiveAsOther() {
        var m = only(new Csv2025().model("B", "Language", "Chat", "Hugging Face,BigScience,Uni", "2022-11-08",
                "United States of America", "Industry,Research collective,Industry"), Edition.of("spri-2025"));
        assertEquals(List.of("산업계(Industry)", "기타"), m.orgTypes());
    }

    @Test
    void rollsOrganisationsUpToParentsAndCallsTwoParentsJoint() {
        var data = new Csv2025()
                .model("ST-MoE", "Language", "Chat", "Google,Google Brain,Google Research", "2022-02-17",
                        "United States of America", "Industry")
                .model("CALM", "Robotics", "Chat", "NVIDIA,Technion - Israel Institute of Technology", "2023-08-06",
                        "United States of America,Israel", "Industry,Academia")
                .normalize(Edition.of("spri-2025"));
        assertEquals(List.of("Google"), data.models().get(0).developers());
        assertFalse(data.models().get(0).joint());
        assertTrue(data.models().get(1).joint());
        assertEquals(List.of("미국", "이스라엘"), labels(data.models().get(1)));
    }

    @Test
    void labelsKoreanDevelopersPerEdition() {
        Csv2025 csv = new Csv2025().model("Konan LLM 41B", "Language,Vision", "Chat", "Konan Technology", "2023-12-15",
                "Korea (Republic of)", "Industry");
        assertEquals("코난 테크놀로지", csv.normalize(Edition.of("spri-2024")).table(DataTables.MODELS).get(0, "LeadDeveloper"));
        assertEquals("코난테크놀로지", csv.normalize(Edition.of("spri-2025")).table(DataTables.MODELS).get(0, "LeadDeveloper"));
    }

    @Test
    void listsDomainLabelsLanguageFirstThenInEpochsOrder() {
        var data = new Csv2025().model("E", "Multimodal,Image generation,Language,Biology", "Chat", "LG", "2023-07-19",
                "Korea (Republic of)", "Industry").normalize(Edition.of("spri-2024"));
        assertEquals("언어(Language), 이미지 생성(Image Generation), 바이오(Biology)",
                data.table(DataTables.MODELS).get(0, "DomainLabels"));
        assertEquals("O", data.table(DataTables.MODELS).get(0, "MultimodalMark"));
    }

    private static List<Object> column(LongTable t, String column) {
        int c = t.column(column);
        return t.rows().stream().map(r -> r[c]).toList();
    }
}
