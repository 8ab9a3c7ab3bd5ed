package org.modelcensus.functions.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.diff.SnapshotDiff.Change;
import org.modelcensus.functions.diff.SnapshotDiff.Kind;

class SnapshotDiffTest {
    @TempDir
    Path dir;
    SnapshotDiff diff;

    @BeforeEach
    void diffTwoFixtures() {
        Path a = Fixtures.write(dir, "a.csv", Fixtures.HEADER_2024,
                "GPT-3,Language,Language modelling,OpenAI,2020-05-28,United States of America,Industry,http://arxiv.org/abs/2005.14165/,175000000000,3.14e23,Open",
                "SenseNova,Language,Chat,SenseTime,2023-04-10,Hong Kong,Industry, https://example.org/sense ,,,",
                "Llama 2-7B,Language,Chat,Meta AI,2023-07-18,United States of America,Industry,https://example.org/llama2,7e9,,",
                "Llama 2-70B,Language,Chat,Meta AI,2023-07-18,United States of America,Industry,https://example.org/llama2,7e10,,",
                "CogView2,Image generation,Image generation,Tsinghua University,2022-04-28,China,Academia,https://example.org/cogview,6e9,,");
        Path b = Fixtures.write(dir, "b.csv", Fixtures.HEADER_2025,
                "Llama 3.1-405B,2024-07-23,Meta AI,United States of America,Language,Language modeling/generation,Industry,https://ai.meta.com/llama3/,3.8e25,405000000000,",
                "LLAMA 2-70B,2023-07-18,Meta AI,United States of America,Language,Chat,Industry,https://example.org/llama2/,,7e10,",
                "Llama 2-7B,2023-07-18,Meta AI,United States of America,Language,\"Chat,Language modeling\",Industry,https://example.org/llama2,,7e9,",
                "SenseChat,2023-04-10,SenseTime,Hong Kong,Language,Chat,Industry,https://example.org/sense/,,,",
                "GPT-3,2020-05-28,OpenAI,United States of America,Language,Language modelling,Industry,https://arxiv.org/abs/2005.14165,3.14E+23,175000000000.0,");
        diff = SnapshotDiff.of(EpochCsv.read(a), EpochCsv.read(b));
    }

    @Test
    void listsModelsAddedAndRemoved() {
        assertEquals(List.of(new Change(Kind.ADDED, "Llama 3.1-405B", "", "", "")), diff.added());
        assertEquals(List.of(new Change(Kind.REMOVED, "CogView2", "", "", "")), diff.removed());
    }

    @Test
    void matchesARenamedModelByItsLinkIgnoringSchemeSpacesAndTrailingSlash() {
        assertTrue(diff.changed().contains(new Change(Kind.CHANGED, "SenseChat", "Model", "SenseNova", "SenseChat")));
        assertEquals(2, diff.matchedByLink());
    }

    @Test
    void matchesModelsSharingALinkByNameIgnoringCase() {
        assertEquals(2, diff.matchedByName());
        assertTrue(diff.changed().contains(new Change(Kind.CHANGED, "Llama 2-7B", "Task", "Chat", "Chat,Language modeling")));
        assertTrue(diff.changed().contains(new Change(Kind.CHANGED, "LLAMA 2-70B", "Model", "Llama 2-70B", "LLAMA 2-70B")));
    }

    @Test
    void comparesNumbersByValueAndOnlyOverColumnsBothSnapshotsHave() {
        assertEquals(List.of("SenseChat:Model", "Llama 2-7B:Task", "LLAMA 2-70B:Model"),
                diff.changed().stream().map(c -> c.model() + ":" + c.field()).toList());
    }

    @Test
    void reportsSchemaDifferencesOnceBeforeTheModelChanges() {
        assertEquals(List.of("Code accessibility"), diff.columnsOnlyInA());
        assertEquals(List.of("Base model"), diff.columnsOnlyInB());
        List<List<String>> rows = diff.rows();
        assertEquals(List.of("column_removed", "", "Code accessibility", "", ""), rows.get(0));
        assertEquals(List.of("column_added", "", "Base model", "", ""), rows.get(1));
        assertEquals(List.of("added", "Llama 3.1-405B", "", "", ""), rows.get(2));
        assertEquals(2 + 1 + 1 + 3, rows.size());
    }

    @Test
    void findsTheKnownRevisionsBetweenTheRealJuly2024AndMay2025Snapshots() {
        SnapshotDiff real = SnapshotDiff.of(EpochCsv.read(RealSnapshots.path(RealSnapshots.JULY_2024)),
                EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025)));
        assertTrue(real.added().stream().anyMatch(c -> c.model().equals("Llama 3.1-405B")));
        assertTrue(real.removed().stream().anyMatch(c -> c.model().equals("CogView2")));
        assertTrue(real.changed().contains(new Change(Kind.CHANGED, "ERNIE 4.0", "Domain", "Multimodal,Language",
                "Multimodal,Language,Video,Image generation")));
        assertTrue(real.changed().contains(new Change(Kind.CHANGED, "SenseChat", "Model", "SenseNova", "SenseChat")));
        assertEquals(List.of("Code accessibility", "Dataset accessibility"), real.columnsOnlyInA());
        assertEquals(List.of("Training time (hours)", "Training time notes", "Base model", "Finetune compute (FLOP)",
                "Training code accessibility"), real.columnsOnlyInB());
        assertEquals(List.of(129, 10, 182), List.of(real.added().size(), real.removed().size(),
                real.matchedByLink() + real.matchedByName()));
    }
}
