package org.modelcensus.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The child-process measurements of {@code census bench-workbook}: {@code java -jar census.jar
 * workbook ...} end to end, and LibreOffice opening a workbook, recalculating every formula and
 * saving it again.
 */
final class ChildRuns {
    /** Wall times of the runs (ns) and the largest resident set seen (bytes; sampled from /proc, 0 if unknown). */
    record Timed(long[] times, long peakRss) {
    }

    private ChildRuns() {
    }

    /** The java launcher of this JVM. */
    static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }

    /** The jar this command runs from, or null when it runs from class directories (tests, IDE). */
    static Path jar() {
        try {
            Path p = Path.of(Census.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Runs the command {@code warmup} times unmeasured (file caches, a fresh profile), then up to
     * {@code runs} times timed: only once when that run takes longer than {@code longRun}
     * nanoseconds. Fails on a non-zero exit.
     */
    static Timed time(List<String> command, int warmup, int runs, long longRun, Path log)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            run(command, log, new long[1]);
        }
        List<Long> times = new ArrayList<>();
        long[] rss = new long[1];
        for (int i = 0; i < runs; i++) {
            times.add(run(command, log, rss));
            if (times.get(0) > longRun) {
                break;
            }
        }
        return new Timed(times.stream().mapToLong(Long::longValue).toArray(), rss[0]);
    }

    /**
     * One run: its wall time; {@code peakRss[0]} is raised to the largest sum, over the process and
     * its descendants (LibreOffice's launcher starts {@code soffice.bin}), of their VmHWM.
     */
    private static long run(List<String> command, Path log, long[] peakRss) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        while (!p.waitFor(10, TimeUnit.MILLISECONDS)) {
            long rss = highWaterMark(p.pid()) + p.descendants().mapToLong(h -> highWaterMark(h.pid())).sum();
            peakRss[0] = Math.max(peakRss[0], rss);
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(30)) {
                p.destroyForcibly();
                throw new IOException("no result after 30 minutes: " + String.join(" ", command));
            }
        }
        long elapsed = System.nanoTime() - start;
        if (p.exitValue() != 0) {
            throw new IOException("exit " + p.exitValue() + " from " + String.join(" ", command) + ":\n"
                    + Files.readString(log));
        }
        return elapsed;
    }

    /** VmHWM (peak resident set) of a running process, in bytes; 0 when unreadable. */
    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between the check and the read.
        }
        return 0;
    }

    /** A workbook of one sheet, one text cell and one formula: what LibreOffice's startup and saving cost alone. */
    static void trivialWorkbook(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var row = wb.createSheet("Sheet1").createRow(0);
            row.createCell(0).setCellValue("trivial");
            row.createCell(1).setCellFormula("1+1");
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        }
    }
}
