package org.modelcensus.functions.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Indexed counts must equal a plain scan with {@link Evaluator#test} for every kind of cell and criterion. */
class CountIndexTest {
    private static final List<String> COLUMNS = List.of("Id", "Text", "Int", "Real", "Mixed", "Year");
    private static final Object[] TEXTS = {"Chat", "chat", "CHAT", "Code", "", null, "2024", "한국"};
    private static final Object[] REALS = {0.0, -0.0, 1.5, 2024.0, Double.NaN, 1e25, -3.0, null};
    private static final Object[] MIXED = {2024, "2024", 2024.0, null, "", 7, "x"};
    private static final Object[] CRITERIA = {"chat", "Chat", "", "2024", "x", "한국", 0.0, -0.0, 1.5, 2024.0,
        Double.NaN, 1e25, -3.0, 7.0, 2023.0, 2025.0, 3.0, 2017.0, 2023.5, 2026.0, Double.NEGATIVE_INFINITY};

    @Test
    void indexedCountsEqualAScan() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            LongTable t = table(random, 1 + random.nextInt(round % 4 == 0 ? 3_000 : 300));
            Evaluator evaluator = new Evaluator(Map.of("T", t), k -> null);
            for (int q = 0; q < 300; q++) {
                List<Filter> filters = filters(random);
                assertEquals((double) scan(t, filters).size(), evaluator.evaluate(new Count("T", filters)),
                        () -> "round " + " filters " + filters);
            }
        }
    }

    /**
     * Counting builds indexes without the groups' rows; the rows behind a count, asked for after it, come from an
     * index of their own on the same columns.
     */
    @Test
    void rowsBehindAreTheScannedRowsInTableOrder() {
        Random random = new Random(5);
        LongTable t = table(random, 200);
        Evaluator evaluator = new Evaluator(Map.of("T", t), k -> null);
        for (int q = 0; q < 300; q++) {
            List<Filter> filters = filters(random);
            Count count = new Count("T", filters);
            List<Integer> scanned = new ArrayList<>(scan(t, filters));
            assertEquals((double) scanned.size(), evaluator.evaluate(count));
            assertEquals(scanned, new ArrayList<>(evaluator.rowsBehind(count)));
        }
    }

    @Test
    void sortsLikeArraysSort() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            double[] values = new double[random.nextInt(500)];
            for (int i = 0; i < values.length; i++) {
                values[i] = switch (random.nextInt(12)) {
                    case 0 -> -0.0;
                    case 1 -> Double.NaN;
                    case 2 -> random.nextDouble();
                    case 3 -> 1e20;
                    default -> 2018 + random.nextInt(round % 2 == 0 ? 8 : 100_000);
                };
            }
            double[] expected = values.clone();
            Arrays.sort(expected);
            CountIndex.sort(values);
            assertArrayEquals(expected, values);
        }
    }

    private static LongTable table(Random random, int rows) {
        LongTable t = new LongTable("T", COLUMNS);
        for (int i = 1; i <= rows; i++) {
            // Years are whole numbers in a narrow range: their groups keep counts by value instead of the numbers.
            Object year = random.nextInt(50) == 0 ? null : 2018 + random.nextInt(8);
            t.add(i, pick(random, TEXTS), random.nextInt(6) - 2, pick(random, REALS), pick(random, MIXED), year);
        }
        return t;
    }

    private static List<Filter> filters(Random random) {
        List<Filter> filters = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String column = COLUMNS.get(1 + random.nextInt(COLUMNS.size() - 1));
            Filter.Op op = Filter.Op.values()[random.nextInt(Filter.Op.values().length)];
            filters.add(new Filter(column, op, Constant.of(pick(random, CRITERIA))));
        }
        return filters;
    }

    /** The Ids of the rows meeting every filter, by testing each row. */
    private static Set<Integer> scan(LongTable t, List<Filter> filters) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (Object[] row : t.rows()) {
            boolean all = true;
            for (Filter f : filters) {
                all &= Evaluator.test(f.op(), row[t.column(f.column())], ((Constant) f.value()).value());
            }
            if (all) {
                ids.add((Integer) row[0]);
            }
        }
        return ids;
    }

    private static Object pick(Random random, Object[] values) {
        return values[random.nextInt(values.length)];
    }
}
