package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.dataset.SyntheticSnapshot;

class BenchCommandTest {
    /** bench/compare.sh gives both builds the snapshot the working tree writes with the hidden option. */
    @Test
    void writesTheSyntheticSnapshotOfTheFirstSizeAndSeed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("synthetic.csv");
        Cli r = Cli.run("bench", "--synthetic", "250,1000", "--seed", "7", "--write-synthetic", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertArrayEquals(SyntheticSnapshot.generate(250, 7), Files.readAllBytes(file));
    }
}
