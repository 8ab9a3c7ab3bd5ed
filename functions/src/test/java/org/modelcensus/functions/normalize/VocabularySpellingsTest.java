package org.modelcensus.functions.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;

/**
 * Epoch's vocabulary changes spelling between files: task and domain tags are matched case- and
 * punctuation-insensitively, and every Task and Domain value of every snapshot in {@code ../shared/epoch/}
 * finds its group (an unmapped spelling would silently count as one more task of its model).
 */
class VocabularySpellingsTest {
    private static final Mappings MAPPINGS = Mappings.builtIn(Edition.of("spri-2025"));

    @Test
    void spellingsThatDifferInCaseOrPunctuationFindTheSameGroup() {
        assertEquals(MAPPINGS.taskGroup("Text-to-speech (TTS)"), MAPPINGS.taskGroup("text to speech TTS"));
        assertEquals(MAPPINGS.taskGroup("Language modeling/generation"), MAPPINGS.taskGroup("Language Modeling / Generation"));
        assertEquals(MAPPINGS.domainGroup("Language"), MAPPINGS.domainGroup("LANGUAGE"));
        assertTrue(MAPPINGS.taskGroup("Language modeling/generation").isPresent());
        assertEquals(Optional.empty(), MAPPINGS.taskGroup("Protein folding at home"));
        assertEquals("texttospeechtts", Tags.fold("Text-to-speech (TTS)"));
        assertEquals("언어모델", Tags.fold("언어 모델!"));
    }

    @Test
    void everyTaskAndDomainOfEverySharedSnapshotIsMapped() throws IOException {
        Path dir = RealSnapshots.sharedDir().resolve("epoch");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("large_scale_ai_models_")).sorted().toList();
        }
        assertFalse(files.isEmpty(), dir.toString());
        List<String> unmapped = new ArrayList<>();
        for (Path f : files) {
            Snapshot snap = EpochCsv.read(f);
            for (ModelRecord m : snap.models()) {
                for (String t : Tags.split(m.get("Task"))) {
                    if (MAPPINGS.taskGroup(t).isEmpty()) {
                        unmapped.add(f.getFileName() + " Task " + t);
                    }
                }
                for (String d : Tags.split(m.get("Domain"))) {
                    if (MAPPINGS.domainGroup(d).isEmpty()) {
                        unmapped.add(f.getFileName() + " Domain " + d);
                    }
                }
            }
        }
        assertEquals(List.of(), unmapped.stream().distinct().toList());
    }
}
