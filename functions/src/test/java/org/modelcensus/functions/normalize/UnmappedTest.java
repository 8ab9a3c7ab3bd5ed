package org.modelcensus.functions.normalize;

import org.modelcensus.functions.edition.Edition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.normalize.Unmapped.Item;
import org.modelcensus.functions.normalize.Unmapped.Kind;

class UnmappedTest {
    private static final Edition SPRI_2025 = Edition.of("spri-2025");

    private static List<Item> unmapped(Snapshot s, Edition edition) {
        return Unmapped.of(s, Mappings.builtIn(edition)).items();
    }

    private static List<Item> of(List<Item> items, Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    private static Snapshot fixtureSnapshot(Path dir) {
        return EpochCsv.read(Fixtures.write(dir, "s.csv", Fixtures.HEADER_2025,
                "Gemma,2024-02-21,Google DeepMind,\"United States of America,Multinational,Canada\",Language,Chat,Industry,,,,",
                "Atlantis LM,2024-03-01,Atlantis AI,\"Atlantis,United States of America\",Language,\"Chat,Juggling\",Industry,,,,",
                "Atlantis LM 2,2024-04-01,Atlantis AI,Atlantis,Alchemy,Juggling,Startup,,,,",
                "StarCoder X,2024-02-28,\"Hugging Face,Acme Labs,BigCode\",\"Multinational,United States of America\",Language,"
                        + "Code generation,Industry,,,,",
                "Lone Ranger,2024-05-01,Wanderers,Multinational,Language,Chat,Research collective,,,,",
                "Nowhere LM,2024-06-01,Nobody Inc,,Language,Chat,,,,,",
                "Cloud LM,2024-06-02,Google Cloud,United States of America,Language,Chat,Industry,,,,"));
    }

    private static List<Item> fixture(Path dir) {
        return unmapped(fixtureSnapshot(dir), SPRI_2025);
    }

    @Test
    void listsCountriesDomainsTasksAndOrganisationTypesNoMappingCoversWithCountAndFirstModel(@TempDir Path dir) {
        List<Item> items = fixture(dir);
        assertEquals(List.of(new Item(Kind.COUNTRY, "Atlantis", 2, "Atlantis LM", "")), of(items, Kind.COUNTRY));
        assertEquals(List.of(new Item(Kind.DOMAIN, "Alchemy", 1, "Atlantis LM 2", "")), of(items, Kind.DOMAIN));
        assertEquals(List.of(new Item(Kind.DOMAIN_LABEL, "Alchemy", 1, "Atlantis LM 2", "")), of(items, Kind.DOMAIN_LABEL));
        assertEquals(List.of(new Item(Kind.TASK, "Juggling", 2, "Atlantis LM", "")), of(items, Kind.TASK));
        assertEquals(List.of(new Item(Kind.ORG_TYPE, "Startup", 1, "Atlantis LM 2", "")), of(items, Kind.ORG_TYPE));
        assertEquals("task_group.csv", Kind.TASK.file());
    }

    @Test
    void flagsMultinationalOrMultiCountryOrganisationsWithoutACountryRule(@TempDir Path dir) {
        List<Item> orgs = of(fixture(dir), Kind.ORG_COUNTRY);
        String unaligned = "not aligned with the organisations: Multinational,United States of America";
        assertEquals(List.of(
                new Item(Kind.ORG_COUNTRY, "Atlantis AI", 2, "Atlantis LM", "Atlantis, United States of America"),
                new Item(Kind.ORG_COUNTRY, "Acme Labs", 1, "StarCoder X", unaligned),
                new Item(Kind.ORG_COUNTRY, "Wanderers", 1, "Lone Ranger", "Multinational")), orgs);
    }

    @Test
    void flagsModelsThatCountUnderNoCountryAndOrganisationsWithoutATypeWhenTheSnapshotGivesNone(@TempDir Path dir) {
        List<Item> items = fixture(dir);
        assertTrue(of(items, Kind.MODEL_COUNTRY).contains(new Item(Kind.MODEL_COUNTRY, "Nowhere LM", 1, "Nowhere LM",
                "Nobody Inc")), items.toString());
        assertEquals(List.of(new Item(Kind.ORG_CATEGORY, "Nobody Inc", 1, "Nowhere LM", "")), of(items, Kind.ORG_CATEGORY));
    }

    @Test
    void flagsAnOrganisationWithoutAParentRuleNamedAfterAnotherDeveloper(@TempDir Path dir) {
        assertEquals(List.of(new Item(Kind.ORG_PARENT, "Google Cloud", 1, "Cloud LM", "Google")),
                of(fixture(dir), Kind.ORG_PARENT));
    }

    @Test
    void flagsHardwareNamingAMemorySizeWithoutALabel(@TempDir Path dir) {
        Snapshot s = EpochCsv.read(Fixtures.write(dir, "h.csv",
                "Model,Publication date,Organization,Country (of organization),Domain,Task,"
                        + "Organization categorization (from Organization),Training hardware",
                "A,2024-01-01,OpenAI,United States of America,Language,Chat,Industry,\"NVIDIA H100 SXM5 80GB,Acme X1 96 GB\"",
                "B,2024-01-02,OpenAI,United States of America,Language,Chat,Industry,Acme Z9"));
        assertEquals(List.of(new Item(Kind.HARDWARE, "Acme X1 96 GB", 1, "A", "")),
                of(unmapped(s, SPRI_2025), Kind.HARDWARE));
    }

    @Test
    void warnsInOneLineHowManyUnmappedValuesReachModelsOfTheEditionsYears(@TempDir Path dir) {
        Unmapped u = Unmapped.of(fixtureSnapshot(dir), Mappings.builtIn(SPRI_2025));
        assertEquals(u.items().size(), u.count());
        String warning = u.warning().orElseThrow();
        assertTrue(warning.matches("\\d+ unmapped values \\(1 country, .*\\) reach 6 models of 2020-2025: "
                + "run census unmapped"), warning);
    }

    @Test
    void namesTheKindWhenAllUnmappedValuesAreOfOneKind(@TempDir Path dir) {
        Snapshot s = EpochCsv.read(Fixtures.write(dir, "t.csv", Fixtures.HEADER_2025,
                "A,2024-01-01,OpenAI,United States of America,Language,\"Juggling,Knitting\",Industry,,,,",
                "B,2023-01-01,OpenAI,United States of America,Language,Knitting,Industry,,,,",
                "C,2015-01-01,OpenAI,United States of America,Language,Origami,Industry,,,,"));
        Unmapped u = Unmapped.of(s, Mappings.builtIn(SPRI_2025));
        assertEquals(3, u.count());
        assertEquals(Optional.of("2 unmapped task labels reach 2 models of 2020-2025: run census unmapped"), u.warning());
    }

    @Test
    void leavesTheRealSnapshotsFullyMappedForTheirEditions() {
        Snapshot july = EpochCsv.read(RealSnapshots.path(RealSnapshots.JULY_2024));
        assertEquals(List.of(), Unmapped.of(july, Mappings.builtIn(Edition.of("spri-2024"))).items());
        Snapshot may = EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025));
        assertEquals(List.of(), Unmapped.of(may, Mappings.builtIn(SPRI_2025)).items());
    }

    @Test
    void followsTheEditionScopeOfCountryRules() {
        Snapshot may = EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025));
        Item senseTime = new Item(Kind.ORG_COUNTRY, "SenseTime", 4, "SenseChat 5.0", "Hong Kong, China");
        assertTrue(unmapped(may, Edition.of("spri-2024")).contains(senseTime));
        assertEquals(List.of(), of(unmapped(may, SPRI_2025), Kind.ORG_COUNTRY));
    }
}
