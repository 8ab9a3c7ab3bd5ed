package org.modelcensus.server.functions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Supplier;
import org.modelcensus.functions.spreadsheet.FunctionResult;

/**
 * Results of calls keyed by function name and arguments, at most {@code capacity} of them (Caffeine's
 * size-bounded cache, least valuable dropped first). Lock-free reads, so the hot path stays cheap. The
 * cache lives and dies with its registry, which the server keeps with its run.
 */
final class ResultCache {
    private record Key(String name, List<Object> args) {
    }

    private final Cache<Key, FunctionResult> results;

    ResultCache(int capacity) {
        this.results = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /** The cached result of {@code name(args)}, else {@code compute}'s, remembered. */
    FunctionResult get(String name, List<Object> args, Supplier<FunctionResult> compute) {
        Key key = new Key(name, args);
        FunctionResult cached = results.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        FunctionResult result = compute.get();
        results.put(key, result);
        return result;
    }

    /** The cached result of {@code name(args)}, or null. */
    FunctionResult peek(String name, List<Object> args) {
        return results.getIfPresent(new Key(name, args));
    }

    int size() {
        results.cleanUp();
        return (int) results.estimatedSize();
    }
}
