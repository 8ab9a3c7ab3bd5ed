package org.modelcensus.functions.dataset;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ordered, canonical column names of a snapshot, shared by all its records. */
public final class Columns {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    public Columns(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            index.putIfAbsent(this.names.get(i), i);
        }
    }

    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    public int size() {
        return names.size();
    }

    /** Position of a column, or -1. */
    public int indexOf(String column) {
        return index.getOrDefault(column, -1);
    }

    public boolean contains(String column) {
        return index.containsKey(column);
    }
}
