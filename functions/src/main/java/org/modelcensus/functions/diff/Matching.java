package org.modelcensus.functions.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.dataset.ModelRecord;

/**
 * Pairs the records of two snapshots: first by link, where a link names exactly one record on each
 * side (papers shared by a model family are ambiguous), then by name for the rest, ignoring case.
 * {@link SnapshotDiff} and drift ({@code org.modelcensus.functions.drift}) match models this one way.
 *
 * <p>Example: {@code Matching.of(a.models(), b.models()).pairs()}
 */
public final class Matching {
    /** Two records taken to be the same model; {@code byLink} tells how they were matched. */
    public record Pair(ModelRecord a, ModelRecord b, boolean byLink) {
    }

    final List<Pair> pairs = new ArrayList<>();
    final List<ModelRecord> onlyA = new ArrayList<>();
    final List<ModelRecord> onlyB = new ArrayList<>();

    /** Matches the records of A with those of B (the records themselves, by identity). */
    public static Matching of(List<ModelRecord> a, List<ModelRecord> b) {
        return new Matching(a, b);
    }

    /** Records taken to be the same model, in A's order. */
    public List<Pair> pairs() {
        return List.copyOf(pairs);
    }

    /** Records of A that no record of B matches, in A's order. */
    public List<ModelRecord> onlyA() {
        return List.copyOf(onlyA);
    }

    /** Records of B that no record of A matches, in B's order. */
    public List<ModelRecord> onlyB() {
        return List.copyOf(onlyB);
    }

    Matching(List<ModelRecord> a, List<ModelRecord> b) {
        Map<ModelRecord, ModelRecord> byLink = uniqueLinkPairs(a, b);
        Map<ModelRecord, Boolean> takenB = new IdentityHashMap<>();
        byLink.values().forEach(r -> takenB.put(r, true));
        Map<String, Deque<ModelRecord>> namesB = new HashMap<>();
        b.stream().filter(r -> !takenB.containsKey(r))
                .forEach(r -> namesB.computeIfAbsent(nameKey(r), k -> new ArrayDeque<>()).add(r));
        for (ModelRecord r : a) {
            Deque<ModelRecord> sameName = namesB.getOrDefault(nameKey(r), new ArrayDeque<>());
            ModelRecord match = byLink.containsKey(r) ? byLink.get(r) : sameName.poll();
            pair(r, match, byLink.containsKey(r), takenB);
        }
        b.stream().filter(r -> !takenB.containsKey(r)).forEach(onlyB::add);
    }

    private void pair(ModelRecord a, ModelRecord b, boolean byLink, Map<ModelRecord, Boolean> takenB) {
        if (b == null) {
            onlyA.add(a);
        } else {
            pairs.add(new Pair(a, b, byLink));
            takenB.put(b, true);
        }
    }

    /** Records of A and B whose link is non-empty and names exactly one record on each side. */
    private static Map<ModelRecord, ModelRecord> uniqueLinkPairs(List<ModelRecord> a, List<ModelRecord> b) {
        Map<String, List<ModelRecord>> linksB = group(b, Matching::linkKey);
        Map<ModelRecord, ModelRecord> out = new IdentityHashMap<>();
        group(a, Matching::linkKey).forEach((link, list) -> {
            List<ModelRecord> other = linksB.get(link);
            if (!link.isEmpty() && list.size() == 1 && other != null && other.size() == 1) {
                out.put(list.get(0), other.get(0));
            }
        });
        return out;
    }

    /**
     * A link without surrounding space, {@code http(s)://} or trailing slashes; a cell holding several
     * URLs keeps them all, each normalized.
     */
    static String linkKey(ModelRecord r) {
        return linkKey(r.get(Field.LINK));
    }

    static String linkKey(String link) {
        List<String> urls = new ArrayList<>();
        for (String url : link.strip().split("\\s+")) {
            String u = url.replaceFirst("^(?i)https?://", "").replaceFirst("/+$", "");
            if (!u.isEmpty()) {
                urls.add(u);
            }
        }
        return String.join(" ", urls);
    }

    static String nameKey(ModelRecord r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<ModelRecord>> group(List<ModelRecord> records, Function<ModelRecord, String> key) {
        Map<String, List<ModelRecord>> out = new LinkedHashMap<>();
        records.forEach(r -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return out;
    }
}
