package org.modelcensus.server.http;

/**
 * How a server divides its heap: {@link HeavyWork#BASE_HEAP_BYTES} for itself (the default snapshot, small requests), then a
 * third of the rest for the cache of runs and two thirds for heavy jobs in progress, each of which
 * reserves its estimated size before it runs. Estimates are upper bounds (a run's is within 15 % of
 * the measured size at 28,000 and 100,000 models), so the parts add up to less than the heap.
 *
 * <p>Example: {@code MemoryBudget.of(Runtime.getRuntime().maxMemory())} gives 138 MiB of cache and
 * 277 MiB of jobs on the 512 MiB heap {@code ./census serve} starts with.
 */
public record MemoryBudget(long heapBytes, long cacheBytes, long jobBytes) {
    public MemoryBudget {
        if (cacheBytes <= 0 || jobBytes <= 0) {
            throw new IllegalArgumentException("a heap of " + (heapBytes >> 20) + " MiB leaves no room beside the "
                    + (HeavyWork.BASE_HEAP_BYTES >> 20) + " MiB the server needs: raise -Xmx");
        }
    }

    /** The budget of a heap of {@code heapBytes} (at least 128 MiB is needed). */
    public static MemoryBudget of(long heapBytes) {
        long rest = heapBytes - HeavyWork.BASE_HEAP_BYTES;
        return new MemoryBudget(heapBytes, rest / 3, rest - rest / 3);
    }

    /** The budget of this JVM's heap ({@code -Xmx}). */
    public static MemoryBudget ofThisHeap() {
        return of(Runtime.getRuntime().maxMemory());
    }

    /** The limits in words, for answers that refuse work: e.g. "heavy jobs may hold 277 MiB (of a 512 MiB heap)". */
    public String describe() {
        return "heavy jobs may hold " + (jobBytes >> 20) + " MiB at once and cached runs " + (cacheBytes >> 20)
                + " MiB, of a " + (heapBytes >> 20) + " MiB heap (-Xmx; CENSUS_JAVA_OPTS for ./census)";
    }
}
