package org.modelcensus.functions.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Splits Epoch's multi-valued cells. */
public final class Tags {
    /** A comma not followed by a space: "… Co., Ltd. (APUS)" is one organisation. */
    private static final Pattern SEPARATOR = Pattern.compile(",(?! )");

    private Tags() {
    }

    /** The distinct, trimmed, non-empty values of a multi-valued cell, in their order. */
    public static List<String> split(String cell) {
        return List.copyOf(new LinkedHashSet<>(splitAll(cell)));
    }

    /** The trimmed, non-empty values of a multi-valued cell, repeats kept (Epoch's aligned lists). */
    public static List<String> splitAll(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String token : SEPARATOR.split(cell)) {
            String t = token.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
