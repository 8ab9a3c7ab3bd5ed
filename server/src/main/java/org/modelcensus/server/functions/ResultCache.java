package org.modelcensus.server.functions;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.modelcensus.functions.spreadsheet.FunctionResult;

/**
 * Results of calls keyed by function name and arguments, bounded: once full, an eighth of the entries
 * (in hash order, roughly random) make room. Lock-free reads, so the hot path stays cheap.
 */
final class ResultCache {
    private record Key(String name, List<Object> args) {
    }

    private final ConcurrentHashMap<Key, FunctionResult> results = new ConcurrentHashMap<>();
    private final int capacity;

    ResultCache(int capacity) {
        this.capacity = capacity;
    }

    /** The cached result of {@code name(args)}, else {@code compute}'s, remembered. */
    FunctionResult get(String name, List<Object> args, Supplier<FunctionResult> compute) {
        Key key = new Key(name, args);
        FunctionResult cached = results.get(key);
        if (cached != null) {
            return cached;
        }
        FunctionResult result = compute.get();
        if (results.size() >= capacity) {
            evictSome();
        }
        results.put(key, result);
        return result;
    }

    /** The cached result of {@code name(args)}, or null. */
    FunctionResult peek(String name, List<Object> args) {
        return results.get(new Key(name, args));
    }

    int size() {
        return results.size();
    }

    private void evictSome() {
        int toRemove = Math.max(1, capacity / 8);
        Iterator<Key> keys = results.keySet().iterator();
        while (toRemove-- > 0 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
