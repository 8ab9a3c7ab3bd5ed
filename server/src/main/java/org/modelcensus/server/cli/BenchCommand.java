package org.modelcensus.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.functions.edition.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code census bench}: warm time and heap of import + normalization + every table of both
 * editions, on real snapshots and on generated ones of growing size (to show linear growth).
 */
@Command(name = "bench", description = "Time import + normalization + all tables of both editions "
        + "on a real snapshot and on synthetic snapshots of N models.")
final class BenchCommand implements Callable<Integer> {
    private static final double MB = 1024.0 * 1024.0;

    @Mixin
    BenchRuns bench;

    @Option(names = "--synthetic", paramLabel = "N", split = ",", defaultValue = "10000,50000,100000",
            description = "sizes of generated snapshots, comma-separated; 0 for none (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    /** For bench/compare.sh: the same synthetic snapshot for every build it compares. */
    @Option(names = "--write-synthetic", hidden = true, paramLabel = "FILE",
            description = "write the synthetic snapshot of the first --synthetic size to FILE, then stop")
    Path writeSynthetic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        bench.check();
        if (writeSynthetic != null) {
            Files.write(writeSynthetic, SyntheticSnapshot.generate(sizes.get(0), bench.seed));
            return 0;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Path> real = bench.realSnapshots();
        if (real.isEmpty()) {
            String why = "no real snapshot: ../shared/epoch/" + BenchRuns.DEFAULT_SNAPSHOT + " is not beside the "
                    + "repository; pass --snapshot FILE";
            if (sizes.stream().noneMatch(n -> n > 0)) {
                throw new BadInputException("--snapshot", 0, 0, why + " or --synthetic N: nothing to measure");
            }
            out.println("# " + why + " to measure one; synthetic snapshots only");
        }
        out.println(machine());
        out.printf(Locale.ROOT, "warm-up: >= %d runs and >= %.1f s, then %d timed runs and %d heap runs per dataset; "
                + "workload = parse CSV bytes + per built-in edition (%s): load mappings, normalize, "
                + "evaluate every cell%n", bench.warmup, bench.warmupSeconds, bench.runs, bench.runs,
                Edition.builtIns().stream().map(Edition::id).collect(Collectors.joining(", ")));
        out.printf("%-40s %7s %7s %6s %9s %9s %8s %8s %8s %8s %12s%n", "dataset", "models", "CSV MB", "cells", "median ms",
                "min ms", "cpu ms", "ms/1k", "peak MB", "live MB", "max used MB");
        List<Benchmark.Result> results = new ArrayList<>();
        for (Path p : real) {
            String name = "real " + p.getFileName();
            results.add(print(out, Benchmark.measure(name, Files.readAllBytes(p), bench.warmup,
                    bench.warmupNanos(), bench.runs)));
        }
        for (int n : sizes) {
            if (n > 0) {
                byte[] csv = SyntheticSnapshot.generate(n, bench.seed);
                results.add(print(out, Benchmark.measure("synthetic " + n + " (seed " + bench.seed + ")", csv,
                        bench.warmup, bench.warmupNanos(), bench.runs)));
            }
        }
        targets(out, results);
        return 0;
    }

    private static Benchmark.Result print(PrintWriter out, Benchmark.Result r) {
        out.printf(Locale.ROOT, "%-40s %7d %7.1f %6d %9.1f %9.1f %8.1f %8.2f %8.0f %8.0f %12.0f%n", r.dataset(),
                r.models(), r.csvBytes() / MB, r.cells(), r.median() / 1e6, r.min() / 1e6, r.medianCpu() / 1e6,
                r.median() / 1e3 / r.models(), r.peakHeap() / MB, r.liveHeap() / MB, r.maxUsedHeap() / MB);
        out.flush();
        return r;
    }

    /** The targets of docs/benchmarks.md: real snapshot < 50 ms; 100,000 models < 2 s with < 1 GB heap. */
    private static void targets(PrintWriter out, List<Benchmark.Result> results) {
        for (Benchmark.Result r : results) {
            if (r.dataset().startsWith("real ")) {
                out.printf(Locale.ROOT, "target real snapshot < 50 ms warm: %s (%.1f ms)%n",
                        r.median() < 50_000_000L ? "met" : "MISSED", r.median() / 1e6);
            } else if (r.models() == 100_000) {
                boolean met = r.median() < 2_000_000_000L && r.peakHeap() < 1024 * MB;
                out.printf(Locale.ROOT, "target 100,000 models < 2 s warm, < 1 GB heap: %s (%.0f ms, peak %.0f MB)%n",
                        met ? "met" : "MISSED", r.median() / 1e6, r.peakHeap() / MB);
            }
        }
    }

    static String machine() {
        Runtime rt = Runtime.getRuntime();
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Java %s (%s), %s %s, %d processors, max heap %.0f MB, GC: %s",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.arch"), rt.availableProcessors(), rt.maxMemory() / MB, gcs);
    }
}
