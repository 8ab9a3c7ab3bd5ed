package org.modelcensus.functions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.run.Recipe;
import org.modelcensus.functions.run.Run;

/**
 * docs/reproduction.md and the README's reproduction table are generated from the explanation
 * ledgers and the real snapshots ({@link LedgerMarkdown}); this test keeps both equal to the generated
 * text. Run it with {@code -Dcensus.regenerate=true} to rewrite them. The ledger of an edition is the
 * built-in one, or the seed ledger of the test resources while an edition has no built-in ledger.
 */
class ReproductionDocTest {
    /** Each published edition with its snapshot and the shipped corrections files, in the order they apply. */
    static final List<List<String>> EDITIONS = List.of(
            List.of("spri-2024", RealSnapshots.JULY_2024, "corrections/spri-2024-known-edits.csv"),
            List.of("spri-2025", RealSnapshots.MAY_2025, "corrections/spri-2025-known-edits.csv",
                    "corrections/spri-2025-weak-edits.csv"));
    static final String README_START = "## Reproduction today\n\n";

    static Ledger ledger(Edition e) {
        Ledger builtIn = Ledger.builtIn(e);
        if (!builtIn.isEmpty()) {
            return builtIn;
        }
        // Named as from the repository root, not this machine's path.
        Ledger seed = Ledger.load(Fixtures.repoFile(SeedLedgerTest.SEED + e.id() + ".csv"), e);
        return new Ledger(SeedLedgerTest.SEED + e.id() + ".csv", seed.causes(), seed.rejected());
    }

    @Test
    void reproductionNotesAndReadmeTableAreTheGeneratedText() throws Exception {
        List<String> sections = new ArrayList<>();
        StringBuilder readme = new StringBuilder(LedgerMarkdown.README_HEADER);
        for (List<String> ed : EDITIONS) {
            Edition e = Edition.of(ed.get(0));
            Path snapshot = RealSnapshots.path(ed.get(1));
            List<String> names = ed.subList(2, ed.size());
            List<Path> files = names.stream().map(Fixtures::repoFile).toList();
            Ledger ledger = ledger(e);
            Run run = Run.of(EpochCsv.read(snapshot), Recipe.of(e).withCorrections(files)).withLedger(ledger)
                    .searching(List.of(snapshot.getParent()));
            var scenarios = LedgerMarkdown.scenarios(ed.get(1), names, run.checksByCorrections());
            sections.add(LedgerMarkdown.section(e, ledger, scenarios));
            readme.append(LedgerMarkdown.readmeRows(e, scenarios));
        }
        String doc = LedgerMarkdown.document(sections);
        Path docFile = Fixtures.repoFile("docs/reproduction.md");
        Path readmeFile = Fixtures.repoFile("README.md");
        String readmeText = Files.readString(readmeFile, StandardCharsets.UTF_8);
        int start = readmeText.indexOf(README_START);
        assertTrue(start >= 0, "README.md has no '## Reproduction today' section");
        int tableStart = start + README_START.length();
        int tableEnd = readmeText.indexOf("\n\n", tableStart) + 1;
        String expectedReadme = readmeText.substring(0, tableStart) + readme + readmeText.substring(tableEnd);
        if (Boolean.getBoolean("census.regenerate")) {
            Files.writeString(docFile, doc, StandardCharsets.UTF_8);
            Files.writeString(readmeFile, expectedReadme, StandardCharsets.UTF_8);
        }
        String hint = " differs from the text generated from the ledgers: rerun this test with -Dcensus.regenerate=true";
        assertEquals(doc, Files.readString(docFile, StandardCharsets.UTF_8), "docs/reproduction.md" + hint);
        assertEquals(expectedReadme, Files.readString(readmeFile, StandardCharsets.UTF_8), "README.md" + hint);
    }
}
