package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookBenchCommandTest {
    @Test
    void runsOnATinySnapshotAndKeepsItsFiles(@TempDir Path dir) {
        Cli run = Cli.run("bench-workbook", "--synthetic", "150", "--runs", "1", "--warmup", "1",
                "--warmup-seconds", "0", "--process-runs", "0", "--libreoffice-runs", "0", "--snapshot",
                "../shared/does-not-exist.csv");
        assertEquals(Census.BAD_INPUT, run.code(), "a missing --snapshot is bad input");
        run = Cli.run("bench-workbook", "--synthetic", "150", "--runs", "2", "--warmup", "1", "--warmup-seconds", "0",
                "--process-runs", "0", "--libreoffice-runs", "0", "--out-dir", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("synthetic 150 (seed 1)"), run.out());
        assertTrue(run.out().contains("data sheet within 3x of fastexcel"), run.out());
        assertTrue(Files.isRegularFile(dir.resolve("synthetic-150-seed1.xlsx")), "the workbook is kept");
    }
}
