package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.dataset.EpochCsv;

/**
 * {@code census import} of a file larger than a snapshot may be is refused at once, in a JVM of 64 MiB:
 * by its size, before any of it is read (a 300 MB file once cost about 640 MB before its refusal).
 */
class ImportOversizedIT {
    @Test
    void refusesAThreeHundredMegabyteFileEarlyInASmallHeap(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(300L << 20); // sparse: no disk used, every byte a NUL
        }
        assertTrue(Files.size(big) > EpochCsv.MAX_FILE_BYTES);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), Census.class.getName(), "import", big.toString(),
                "--store", dir.resolve("store").toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Census.BAD_INPUT, code, err);
        assertTrue(err.contains(big + ": the snapshot exceeds the limit of " + EpochCsv.MAX_FILE_BYTES + " bytes"), err);
        assertFalse(err.contains("OutOfMemoryError") || err.contains("\tat "), err);
        assertTrue(millis < 20_000, "refused after " + millis + " ms");
    }
}
