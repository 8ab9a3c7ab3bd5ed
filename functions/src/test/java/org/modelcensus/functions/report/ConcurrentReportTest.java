package org.modelcensus.functions.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.CellKey;

/** One report evaluated by many threads at once (as the server does) gives the one-thread values. */
class ConcurrentReportTest {
    private static Report report() {
        return Reports.build(NormalizedDataset.of(SampleData.snapshot(), Edition.of("spri-2025")));
    }

    @Test
    void concurrentFirstEvaluationsAgreeWithOneThread() throws Exception {
        List<ComputedCell> expected = report().evaluate();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                Report shared = report();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Object>>> answers = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        List<Object> values = new ArrayList<>();
                        for (ComputedCell c : expected) {
                            values.add(shared.value(c.key()));
                        }
                        return values;
                    }));
                }
                start.countDown();
                for (Future<List<Object>> answer : answers) {
                    List<Object> values = answer.get();
                    for (int i = 0; i < expected.size(); i++) {
                        CellKey key = expected.get(i).key();
                        assertEquals(expected.get(i).value(), values.get(i), key.toString());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
