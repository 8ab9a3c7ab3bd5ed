package org.modelcensus.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.workbook.LibreOfficeRecalc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code census bench-workbook}: the template workbook's generation time (warm, and as a whole
 * {@code java -jar census.jar workbook} process), peak heap and file size; the {@code Data} sheet
 * alone by the workbook's own writer and by dhatim fastexcel side by side; and
 * LibreOffice's time to open, recalculate and save each file. See docs/benchmarks.md, "Workbook".
 */
@Command(name = "bench-workbook", description = "Time the template workbook (warm and as a process), its heap and "
        + "size, the Data sheet by the workbook's writer against fastexcel, and LibreOffice's recalculation of each file.")
final class WorkbookBenchCommand implements Callable<Integer> {
    private static final double MB = 1024.0 * 1024.0;
    /** A LibreOffice conversion this long (ns) is not repeated. */
    private static final long LONG_CONVERSION = 60_000_000_000L;

    @Mixin
    BenchRuns bench;

    @Option(names = "--synthetic", paramLabel = "N", split = ",", defaultValue = "3600,100000",
            description = "sizes of generated snapshots, comma-separated; 0 for none (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--report", defaultValue = "spri-2025", description = "report edition (default: ${DEFAULT-VALUE})")
    String report;

    @Option(names = "--process-runs", defaultValue = "5", description = "timed `java -jar census.jar workbook` "
            + "processes per dataset, after one unmeasured; 0 for none (default: ${DEFAULT-VALUE})")
    int processRuns;

    @Option(names = "--process-java-opts", paramLabel = "FLAGS", defaultValue = "",
            description = "JVM flags of those processes, space-separated (default: none)")
    String processJavaOpts;

    @Option(names = "--libreoffice-runs", defaultValue = "3", description = "timed LibreOffice conversions per "
            + "file (1 when the first takes over a minute); 0 for none (default: ${DEFAULT-VALUE})")
    int libreOfficeRuns;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "keep the workbooks, CSVs and LibreOffice's "
            + "outputs here (default: a temporary directory, deleted at the end)")
    Path outDir;

    @Spec
    CommandSpec spec;

    /** One dataset: its name, CSV bytes and the CSV file a process reads. */
    private record Dataset(String name, String file, byte[] csv, Path csvPath) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        bench.check();
        if (processRuns < 0 || libreOfficeRuns < 0) {
            throw new BadInputException("--runs/--warmup", 0, 0, "need at least one warm-up and one measured run");
        }
        Edition edition = Edition.of(report);
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = outDir == null;
        Path dir = temporary ? Files.createTempDirectory("census-bench-workbook") : Files.createDirectories(outDir);
        try {
            List<Dataset> datasets = datasets(dir);
            out.println(BenchCommand.machine());
            out.printf(Locale.ROOT, "warm-up: >= %d runs and >= %.1f s, then %d timed runs and %d heap runs per "
                    + "dataset; workload = parse CSV bytes, normalize (%s), build report and check, write the "
                    + "workbook (to a stream that counts bytes)%n", bench.warmup, bench.warmupSeconds, bench.runs, bench.runs,
                    edition.id());
            Map<Dataset, WorkbookBenchmark.Result> results = new LinkedHashMap<>();
            out.println();
            out.println("Whole workbook, warm (ms; prepare = parse + normalize + report + check):");
            out.printf("%-42s %7s %9s %9s %9s %9s %9s %8s %8s %8s %8s%n", "dataset", "models", "data rows",
                    "prepare", "write", "median", "min", "cpu", "peak MB", "live MB", "xlsx MB");
            for (Dataset d : datasets) {
                var r = WorkbookBenchmark.measure(d.name(), d.csv(), edition, bench.warmup,
                        bench.warmupNanos(), bench.runs);
                results.put(d, r);
                out.printf(Locale.ROOT, "%-42s %7d %9d %9.1f %9.1f %9.1f %9.1f %8.1f %8.0f %8.0f %8.2f%n", d.name(),
                        r.models(), r.dataRows(), ms(r.prepare()), ms(r.write()), ms(r.total()),
                        WorkbookBenchmark.Result.min(r.total()) / 1e6, ms(r.cpu()), r.peakHeap() / MB,
                        r.liveHeap() / MB, r.fileBytes() / MB);
                out.flush();
            }
            out.println();
            out.println("Data sheet alone, same tables, alternate runs (ms; ratio = census median / fastexcel median):");
            out.printf("%-42s %9s %10s %9s %9s %9s %9s %7s %8s %8s%n", "dataset", "data rows", "cells", "census",
                    "min", "fastexcel", "min", "ratio", "census MB", "fastx MB");
            for (var e : results.entrySet()) {
                var r = e.getValue();
                out.printf(Locale.ROOT, "%-42s %9d %10d %9.1f %9.1f %9.1f %9.1f %7.2f %8.2f %8.2f%n",
                        e.getKey().name(), r.dataRows(), r.dataCells(), ms(r.census()),
                        WorkbookBenchmark.Result.min(r.census()) / 1e6, ms(r.fastexcel()),
                        WorkbookBenchmark.Result.min(r.fastexcel()) / 1e6, r.ratio(), r.censusBytes() / MB,
                        r.fastexcelBytes() / MB);
            }
            out.flush();
            Map<Dataset, Path> files = writeFiles(dir, datasets, edition);
            Map<Dataset, ChildRuns.Timed> processes = processes(out, dir, datasets, edition);
            libreOffice(out, dir, files);
            targets(out, results, processes);
            if (!temporary) {
                out.println("files kept in " + dir);
            }
        } finally {
            if (temporary) {
                delete(dir);
            }
        }
        return 0;
    }

    private List<Dataset> datasets(Path dir) throws IOException {
        List<Dataset> datasets = new ArrayList<>();
        for (Path p : bench.realSnapshots()) {
            String file = p.getFileName().toString().replaceAll("\\.csv$", "");
            datasets.add(new Dataset("real " + p.getFileName(), file, Files.readAllBytes(p), p));
        }
        for (int n : sizes) {
            if (n > 0) {
                byte[] csv = SyntheticSnapshot.generate(n, bench.seed);
                String file = "synthetic-" + n + "-seed" + bench.seed;
                Path path = dir.resolve(file + ".csv");
                Files.write(path, csv);
                datasets.add(new Dataset("synthetic " + n + " (seed " + bench.seed + ")", file, csv, path));
            }
        }
        return datasets;
    }

    /** Each dataset's workbook as a file, for LibreOffice (and to look at, with --out-dir). */
    private static Map<Dataset, Path> writeFiles(Path dir, List<Dataset> datasets, Edition edition) throws IOException {
        Map<Dataset, Path> files = new LinkedHashMap<>();
        for (Dataset d : datasets) {
            Path file = dir.resolve(d.file() + ".xlsx");
            try (OutputStream o = Files.newOutputStream(file)) {
                WorkbookBenchmark.write(d.name(), d.csv(), edition, o);
            }
            files.put(d, file);
        }
        return files;
    }

    private Map<Dataset, ChildRuns.Timed> processes(PrintWriter out, Path dir, List<Dataset> datasets, Edition edition)
            throws IOException, InterruptedException {
        Map<Dataset, ChildRuns.Timed> timed = new LinkedHashMap<>();
        if (processRuns == 0) {
            return timed;
        }
        out.println();
        Path jar = ChildRuns.jar();
        if (jar == null) {
            out.println("Whole process: skipped (not running from census.jar)");
            return timed;
        }
        List<String> flags = Stream.of(processJavaOpts.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        out.printf(Locale.ROOT, "Whole process: %s %s-jar %s workbook --data CSV --report %s --out FILE, 1 unmeasured "
                + "+ %d timed runs (ms; peak RSS = largest VmHWM sampled every 10 ms):%n", ChildRuns.java(),
                flags.isEmpty() ? "" : String.join(" ", flags) + " ", jar, edition.id(), processRuns);
        out.printf("%-42s %9s %9s %9s %9s%n", "dataset", "median", "min", "max", "RSS MB");
        Path log = dir.resolve("process.log");
        for (Dataset d : datasets) {
            List<String> command = new ArrayList<>();
            command.add(ChildRuns.java());
            command.addAll(flags);
            command.addAll(List.of("-jar", jar.toString(), "workbook", "--data", d.csvPath().toString(), "--report",
                    edition.id(), "--out", dir.resolve(d.file() + "-process.xlsx").toString()));
            ChildRuns.Timed t = ChildRuns.time(command, 1, processRuns, Long.MAX_VALUE, log);
            timed.put(d, t);
            out.printf(Locale.ROOT, "%-42s %9.0f %9.0f %9.0f %9.0f%n", d.name(), ms(t.times()),
                    WorkbookBenchmark.Result.min(t.times()) / 1e6,
                    java.util.Arrays.stream(t.times()).max().orElse(0) / 1e6, t.peakRss() / MB);
            out.flush();
        }
        return timed;
    }

    private void libreOffice(PrintWriter out, Path dir, Map<Dataset, Path> files) throws IOException,
            InterruptedException {
        if (libreOfficeRuns == 0) {
            return;
        }
        out.println();
        Path soffice = LibreOfficeRecalc.soffice();
        if (soffice == null) {
            out.println("LibreOffice: skipped (soffice not installed)");
            return;
        }
        Path profile = LibreOfficeRecalc.recalculatingProfile(dir.resolve("lo-profile"));
        Path converted = Files.createDirectories(dir.resolve("lo-out"));
        Path log = dir.resolve("soffice.log");
        Path trivial = dir.resolve("trivial.xlsx");
        ChildRuns.trivialWorkbook(trivial);
        out.printf(Locale.ROOT, "LibreOffice: %s --headless --convert-to xlsx, private profile with OOXMLRecalcMode=0 "
                + "(recalculate every formula on load), one process per conversion; %d timed runs per file (1 when "
                + "the first takes over %d s), after 1 unmeasured run of the trivial workbook (ms; recalc = median "
                + "- trivial median; RSS = largest sum of VmHWM of soffice and its children):%n", soffice,
                libreOfficeRuns, LONG_CONVERSION / 1_000_000_000L);
        out.printf("%-42s %8s %5s %9s %9s %9s %9s%n", "file", "MB", "runs", "median", "min", "recalc", "RSS MB");
        // The first run of a fresh profile initializes it: the unmeasured run of the trivial workbook absorbs it.
        ChildRuns.Timed base = ChildRuns.time(LibreOfficeRecalc.convert(soffice, profile, List.of(trivial), converted, "xlsx"), 1,
                libreOfficeRuns, Long.MAX_VALUE, log);
        long baseMedian = Benchmark.Result.median(base.times());
        out.printf(Locale.ROOT, "%-42s %8.2f %5d %9.0f %9.0f %9s %9.0f%n", "trivial (1 cell, 1 formula)",
                Files.size(trivial) / MB, base.times().length, baseMedian / 1e6, WorkbookBenchmark.Result.min(base.times()) / 1e6, "-",
                base.peakRss() / MB);
        for (var e : files.entrySet()) {
            Path file = e.getValue();
            Path result = converted.resolve(file.getFileName());
            Files.deleteIfExists(result);
            ChildRuns.Timed t = ChildRuns.time(LibreOfficeRecalc.convert(soffice, profile, List.of(file), converted, "xlsx"), 0,
                    libreOfficeRuns, LONG_CONVERSION, log);
            if (!Files.isRegularFile(result)) {
                throw new IOException("LibreOffice wrote no " + result + ": " + Files.readString(log));
            }
            long median = Benchmark.Result.median(t.times());
            out.printf(Locale.ROOT, "%-42s %8.2f %5d %9.0f %9.0f %9.0f %9.0f%n", e.getKey().name(),
                    Files.size(file) / MB, t.times().length, median / 1e6, WorkbookBenchmark.Result.min(t.times()) / 1e6, (median - baseMedian) / 1e6,
                    t.peakRss() / MB);
            out.flush();
        }
    }

    /**
     * The targets of docs/benchmarks.md: the real snapshot's workbook < 400 ms warm and < 3 s as a
     * process; 100,000 models < 15 s with < 1.5 GB peak heap; the data sheet within 3x of fastexcel.
     */
    private static void targets(PrintWriter out, Map<Dataset, WorkbookBenchmark.Result> results,
            Map<Dataset, ChildRuns.Timed> processes) {
        out.println();
        for (var e : results.entrySet()) {
            var r = e.getValue();
            ChildRuns.Timed p = processes.get(e.getKey());
            if (e.getKey().name().startsWith("real ")) {
                long warm = WorkbookBenchmark.Result.median(r.total());
                out.printf(Locale.ROOT, "target %s workbook < 400 ms warm: %s (%.0f ms)%n", e.getKey().name(),
                        warm < 400_000_000L ? "met" : "MISSED", warm / 1e6);
                if (p != null) {
                    long process = Benchmark.Result.median(p.times());
                    out.printf(Locale.ROOT, "target %s workbook < 3 s as a process: %s (%.0f ms)%n",
                            e.getKey().name(), process < 3_000_000_000L ? "met" : "MISSED", process / 1e6);
                }
            } else if (r.models() == 100_000) {
                long warm = WorkbookBenchmark.Result.median(r.total());
                long process = p == null ? warm : Benchmark.Result.median(p.times());
                boolean met = warm < 15_000_000_000L && process < 15_000_000_000L && r.peakHeap() < 1536 * MB;
                out.printf(Locale.ROOT, "target 100,000 models < 15 s, < 1.5 GB peak heap: %s (warm %.0f ms, "
                        + "process %s, peak heap %.0f MB)%n", met ? "met" : "MISSED", warm / 1e6,
                        p == null ? "not run" : String.format(Locale.ROOT, "%.0f ms", process / 1e6),
                        r.peakHeap() / MB);
            }
            out.printf(Locale.ROOT, "target %s data sheet within 3x of fastexcel: %s (%.2fx)%n", e.getKey().name(),
                    r.ratio() <= 3 ? "met" : "MISSED", r.ratio());
        }
    }

    private static double ms(long[] times) {
        return Benchmark.Result.median(times) / 1e6;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
