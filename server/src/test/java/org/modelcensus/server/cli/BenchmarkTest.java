package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchmarkTest {
    /** The most heap in use counts what was in use just before a collection freed it, not only what is left. */
    @Test
    void theMostHeapInUseCountsWhatACollectionFreed() {
        long held;
        long max;
        try (Benchmark.MaxUsed used = new Benchmark.MaxUsed()) {
            used.reset();
            byte[] big = new byte[96 << 20];
            big[big.length - 1] = 1;
            held = big.length;
            big = null;
            System.gc();
            max = used.max();
        }
        long after = Benchmark.usedAfterGc();
        assertTrue(after < held, "the array is collected: " + after);
        assertTrue(max >= held, "the most in use, " + max + " bytes, counts the array of " + held);
    }
}
