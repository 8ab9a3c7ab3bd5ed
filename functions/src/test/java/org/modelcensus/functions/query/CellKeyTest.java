package org.modelcensus.functions.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CellKeyTest {
    /** The record CellKey would be without its own equals and hashCode. */
    private record Generated(String table, String row, String column) {
    }

    @Test
    void hashesAsTheGeneratedRecordDoesSoEveryHashMapKeepsItsOrder() {
        String[][] keys = {{"T1", "모델 수", "2024"}, {"F3", "합작", "비중"}, {"T2", null, "계"}, {null, null, null}};
        for (String[] k : keys) {
            assertEquals(new Generated(k[0], k[1], k[2]).hashCode(), new CellKey(k[0], k[1], k[2]).hashCode());
            assertEquals(new CellKey(k[0], k[1], k[2]), new CellKey(k[0], k[1], k[2]));
        }
        assertNotEquals(new CellKey("T1", "a", "b"), new CellKey("T1", "b", "a"));
        assertNotEquals(new CellKey("T1", "a", null), new CellKey("T1", "a", "b"));
    }
}
