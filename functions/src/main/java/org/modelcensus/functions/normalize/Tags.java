package org.modelcensus.functions.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Splits Epoch's multi-valued cells. */
public final class Tags {
    private Tags() {
    }

    /** The distinct, trimmed, non-empty values of a multi-valued cell, in their order. */
    public static List<String> split(String cell) {
        return distinct(splitAll(cell));
    }

    /** The distinct values of a list, in their order, as an unmodifiable list (most lists have no repeats: no set is made for them). */
    static List<String> distinct(List<String> values) {
        int n = values.size();
        if (n > 16) {
            return List.copyOf(new LinkedHashSet<>(values));
        }
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (values.get(i).equals(values.get(j))) {
                    return List.copyOf(new LinkedHashSet<>(values));
                }
            }
        }
        return List.copyOf(values);
    }

    /**
     * A vocabulary value folded for matching: lower case, letters and digits only, so that Epoch's
     * changing spellings ({@code Text-to-speech}, {@code Text to Speech}, {@code text-to-speech (TTS)}
     * aside) of one tag find the same mapping row.
     */
    public static String fold(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The trimmed, non-empty values of a multi-valued cell, repeats kept (Epoch's aligned lists). */
    public static List<String> splitAll(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        // Values are separated by a comma not followed by a space ("… Co., Ltd. (APUS)" is one
        // organisation): the regex ",(?! )", hand-written because it runs on several cells of every model.
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = cell.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || (cell.charAt(i) == ',' && (i + 1 == n || cell.charAt(i + 1) != ' '))) {
                String t = cell.substring(start, i).strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
                start = i + 1;
            }
        }
        return out;
    }
}
