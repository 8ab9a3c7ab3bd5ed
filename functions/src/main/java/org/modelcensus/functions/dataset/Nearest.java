package org.modelcensus.functions.dataset;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names nearest to some wanted ones by edit distance, to suggest what a header calls a missing
 * field. A candidate is similar when its edit distance is at most half the longer name, or when
 * one name contains the other, ignoring case.
 */
final class Nearest {
    private Nearest() {
    }

    /** Up to {@code limit} similar {@code candidates}, nearest first (ties in their given order), to any of {@code wanted}. */
    static List<String> names(Collection<String> wanted, List<String> candidates, int limit) {
        return candidates.stream()
                .filter(c -> wanted.stream().anyMatch(w -> similar(w, c)))
                .sorted(Comparator.comparingInt((String c) -> wanted.stream().mapToInt(w -> distance(w, c)).min()
                        .orElseThrow()))
                .limit(limit)
                .toList();
    }

    private static boolean similar(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        return s.contains(t) || t.contains(s) || distance(s, t) <= Math.max(s.length(), t.length()) / 2;
    }

    /** The Levenshtein distance between two names, ignoring case. */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int substitute = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
