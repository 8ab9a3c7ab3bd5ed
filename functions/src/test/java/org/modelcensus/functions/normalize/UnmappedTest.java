package org.modelcensus.functions.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.normalize.Unmapped.Item;
import org.modelcensus.functions.normalize.Unmapped.Kind;

class UnmappedTest {
    private static List<Item> unmapped(Snapshot s, Edition edition) {
        return Unmapped.of(s, Mappings.builtIn(edition)).items();
    }

    private static List<Item> of(List<Item> items, Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    private static List<Item> fixture(Path dir) {
        return unmapped(EpochCsv.read(Fixtures.write(dir, "s.csv", Fixtures.HEADER_2025,
                "Gemma,2024-02-21,Google DeepMind,\"United States of America,Multinational,Canada\",Language,Chat,Industry,,,,",
                "Atlantis LM,2024-03-01,Atlantis AI,\"Atlantis,United States of America\",Language,\"Chat,Go\",Industry,,,,",
                "Atlantis LM 2,2024-04-01,Atlantis AI,Atlantis,Games,Go,Startup,,,,",
                "StarCoder X,2024-02-28,\"Hugging Face,ServiceNow,BigCode\",\"Multinational,United States of America\",Language,"
                        + "Code generation,Industry,,,,",
                "Lone Ranger,2024-05-01,Wanderers,Multinational,Language,Chat,Research collective,,,,")), Edition.of("spri-2025"));
    }

    @Test
    void listsCountriesDomainsTasksAndOrganisationTypesNoMappingCoversWithCountAndFirstModel(@TempDir Path dir) {
        List<Item> items = fixture(dir);
        assertEquals(List.of(new Item(Kind.COUNTRY, "Atlantis", 2, "Atlantis LM", "")), of(items, Kind.COUNTRY));
        assertEquals(List.of(new Item(Kind.DOMAIN, "Games", 1, "Atlantis LM 2", "")), of(items, Kind.DOMAIN));
        assertEquals(List.of(new Item(Kind.TASK, "Go", 2, "Atlantis LM", "")), of(items, Kind.TASK));
        assertEquals(List.of(new Item(Kind.ORG_TYPE, "Startup", 1, "Atlantis LM 2", "")), of(items, Kind.ORG_TYPE));
        assertEquals("task_group.csv", Kind.TASK.file());
    }

    @Test
    void flagsMultinationalOrMultiCountryOrganisationsWithoutACountryRule(@TempDir Path dir) {
        List<Item> orgs = of(fixture(dir), Kind.ORG_COUNTRY);
        String unaligned = "not aligned with the organisations: Multinational,United States of America";
        assertEquals(List.of(
                new Item(Kind.ORG_COUNTRY, "Atlantis AI", 2, "Atlantis LM", "Atlantis, United States of America"),
                new Item(Kind.ORG_COUNTRY, "ServiceNow", 1, "StarCoder X", unaligned),
                new Item(Kind.ORG_COUNTRY, "BigCode", 1, "StarCoder X", unaligned),
                new Item(Kind.ORG_COUNTRY, "Wanderers", 1, "Lone Ranger", "Multinational")), orgs);
    }

    @Test
    void leavesEveryCountryAndOrganisationTypeOfTheRealJuly2024SnapshotMapped() {
        List<Item> items = unmapped(EpochCsv.read(RealSnapshots.path(RealSnapshots.JULY_2024)), Edition.of("spri-2024"));
        assertEquals(List.of(), of(items, Kind.COUNTRY));
        assertEquals(List.of(), of(items, Kind.ORG_TYPE));
        assertTrue(items.contains(new Item(Kind.TASK, "Go", 2, "AlphaGo Zero", "")), items.toString());
        assertTrue(items.contains(new Item(Kind.DOMAIN, "Games", 2, "AlphaGo Zero", "")), items.toString());
    }

    @Test
    void followsTheEditionScopeOfCountryRules() {
        Snapshot may = EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025));
        Item senseTime = new Item(Kind.ORG_COUNTRY, "SenseTime", 4, "SenseChat 5.0", "Hong Kong, China");
        assertTrue(unmapped(may, Edition.of("spri-2024")).contains(senseTime));
        assertEquals(List.of(), of(unmapped(may, Edition.of("spri-2025")), Kind.ORG_COUNTRY));
    }
}
