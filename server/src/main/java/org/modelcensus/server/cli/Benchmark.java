package org.modelcensus.server.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
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
 * pools peak at different moments; it counts garbage the collector had not yet reclaimed), the most
 * heap in use at any one moment (the heap used just before each collection of the run, and at its
 * end: between collections the used heap only grows) and the live heap (used after another
 * {@code System.gc()} while the run's results are still referenced, minus the used heap before the run).
 */
final class Benchmark {
    /** Measured figures of one dataset; times in nanoseconds, heap in bytes. */
    record Result(String dataset, int models, long csvBytes, int cells, long[] times, long[] cpuTimes, long peakHeap,
            long maxUsedHeap, long liveHeap) {
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
        long maxUsed = 0;
        long live = 0;
        try (MaxUsed used = new MaxUsed()) {
            for (int i = 0; i < runs; i++) {
                long before = usedAfterGc();
                used.reset();
                resetPeaks();
                kept = workload(dataset, csv);
                peak = Math.max(peak, peaks());
                maxUsed = Math.max(maxUsed, used.max());
                live = Math.max(live, usedAfterGc() - before);
                kept = null;
            }
        }
        return new Result(dataset, models, csv.length, cells, times, cpu, peak, maxUsed, live);
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
        return used();
    }

    private static long used() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /**
     * The most heap in use at one moment since {@link #reset}: the largest sum of the heap pools' use just before
     * a collection, as the collectors report it, or now. Collections are reported on a thread of the JVM's
     * after they end; {@link #max} waits for the report of every collection counted so far.
     */
    static final class MaxUsed implements NotificationListener, AutoCloseable {
        private static final long WAIT_NANOS = 5_000_000_000L;
        private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        private final Set<String> heapPools = heapPools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        private final AtomicLong max = new AtomicLong();
        private final AtomicLong reported = new AtomicLong();
        private long reportedAtReset;
        private long collectionsAtReset;

        MaxUsed() {
            for (GarbageCollectorMXBean c : collectors) {
                ((NotificationEmitter) c).addNotificationListener(this, null, null);
            }
            // Collections before the listener was added are never reported.
            collectionsAtReset = collections();
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                    .getGcInfo().getMemoryUsageBeforeGc();
            long used = 0;
            for (var e : before.entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    used += e.getValue().getUsed();
                }
            }
            max.accumulateAndGet(used, Math::max);
            reported.incrementAndGet();
        }

        /** Starts a run: waits for the reports of the collections so far, which belong to what came before. */
        void reset() {
            settle();
            max.set(0);
            reportedAtReset = reported.get();
            collectionsAtReset = collections();
        }

        /** The most heap in use since {@link #reset}, counting the heap in use now. */
        long max() {
            long now = used();
            settle();
            return Math.max(max.get(), now);
        }

        private void settle() {
            long deadline = System.nanoTime() + WAIT_NANOS;
            while (reported.get() - reportedAtReset < collections() - collectionsAtReset && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private long collections() {
            return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }

        @Override
        public void close() {
            for (GarbageCollectorMXBean c : collectors) {
                try {
                    ((NotificationEmitter) c).removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    // Not added: nothing to remove.
                }
            }
        }
    }
}
