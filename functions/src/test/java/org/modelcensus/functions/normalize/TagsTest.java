package org.modelcensus.functions.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TagsTest {
    /** The rule as a regex: a comma not followed by a space separates values. */
    private static final Pattern SEPARATOR = Pattern.compile(",(?! )");

    @Test
    void splitsOnCommasNotFollowedByASpace() {
        assertEquals(List.of("Google", "Beijing Kunlun Tech Co., Ltd. (APUS)"),
                Tags.splitAll("Google,Beijing Kunlun Tech Co., Ltd. (APUS)"));
        assertEquals(List.of("China", "China"), Tags.splitAll("China,China"));
        assertEquals(List.of("China"), Tags.split("China,China"));
        assertEquals(List.of(), Tags.splitAll(" "));
        assertEquals(List.of("a"), Tags.splitAll(",a,"));
    }

    @Test
    void agreesWithTheRegexOnRandomCells() {
        Random random = new Random(9);
        String alphabet = "ab ,,\t\n한";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder cell = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(byRegex(cell.toString()), Tags.splitAll(cell.toString()), () -> "cell '" + cell + "'");
        }
    }

    private static List<String> byRegex(String cell) {
        List<String> out = new ArrayList<>();
        if (cell.isBlank()) {
            return out;
        }
        for (String token : SEPARATOR.split(cell)) {
            if (!token.strip().isEmpty()) {
                out.add(token.strip());
            }
        }
        return out;
    }
}
