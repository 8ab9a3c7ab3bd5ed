package org.modelcensus.server.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.Normalizer;
import org.modelcensus.functions.report.Reports;

/**
 * Times one workload — import a CSV from memory, then for each edition load the built-in
 * mappings, normalize and evaluate every table cell — over warm-up and measured runs.
 *
 * <p>Heap, in separate untimed runs: before each, a {@code System.gc()} and a reset of every heap
 * memory pool's peak; after it, the sum of the pools' peaks (an upper bound of the true peak, since
 * pools peak at different moments; it counts garbage the collector had not yet reclaimed) and the
 * live heap (used after another {@code System.gc()} while the run's results are still referenced,
 * minus the used heap before the run).
 */
final class Benchmark {
    /** Measured figures of one dataset; times in nanoseconds, heap in bytes. */
    record Result(String dataset, int models, long csvBytes, int cells, long[] times, long[] cpuTimes, long peakHeap,
            long liveHeap) {
        long median() {
            return median(times);
        }

        /** Median CPU time of the benchmark thread: less sensitive than wall time to other load on the machine. */
        long medianCpu() {
            return median(cpuTimes);
        }

        static long median(long[] values) {
            long[] t = values.clone();
            Arrays.sort(t);
            return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
        }

        long min() {
            return Arrays.stream(times).min().orElse(0);
        }
    }

    private Benchmark() {
    }

    /**
     * Runs the workload unmeasured at least {@code warmup} times and for at least
     * {@code warmupNanos} (so that the JIT has compiled the hot code even for a small snapshot),
     * then {@code runs} times timed (back to back, no explicit GC, so the heap stays as warm as the
     * runs leave it), then {@code runs} times for heap figures.
     */
    static Result measure(String dataset, byte[] csv, int warmup, long warmupNanos, int runs) {
        long warmupStart = System.nanoTime();
        Object[] kept = workload(dataset, csv);
        int models = ((Snapshot) kept[0]).models().size();
        int cells = (Integer) kept[kept.length - 1];
        kept = null;
        for (int i = 1; i < warmup || System.nanoTime() - warmupStart < warmupNanos; i++) {
            workload(dataset, csv);
        }
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            workload(dataset, csv);
            times[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        long peak = 0;
        long live = 0;
        for (int i = 0; i < runs; i++) {
            long before = usedAfterGc();
            resetPeaks();
            kept = workload(dataset, csv);
            peak = Math.max(peak, peaks());
            live = Math.max(live, usedAfterGc() - before);
            kept = null;
        }
        return new Result(dataset, models, csv.length, cells, times, cpu, peak, live);
    }

    /** Import, then per edition normalize and evaluate; returns everything made, so that it stays live. */
    static Object[] workload(String source, byte[] csv) {
        Snapshot snapshot = EpochCsv.parse(source, csv);
        List<Object> made = new ArrayList<>();
        made.add(snapshot);
        int cells = 0;
        for (Edition e : Edition.builtIns()) {
            NormalizedDataset data = new Normalizer(Mappings.builtIn(e)).normalize(snapshot);
            var report = Reports.build(data);
            cells += report.evaluate().size();
            made.add(report);
        }
        made.add(cells);
        return made.toArray();
    }

    static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peaks() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static long usedAfterGc() {
        System.gc();
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
