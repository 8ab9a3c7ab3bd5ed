package org.modelcensus.functions.dataset;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** Heap growth over a block of code, from the heap pools' peak usage (an upper bound of the real peak). */
final class MemoryWatch {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final long baseline;

    private MemoryWatch() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        baseline = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    static MemoryWatch start() {
        return new MemoryWatch();
    }

    /** Sum of the pools' peak usage since {@link #start()}, less the usage at the start. */
    long peakGrowthBytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - baseline;
    }
}
