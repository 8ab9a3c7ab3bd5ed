package org.modelcensus.functions.dataset;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ordered, canonical column names of a snapshot, shared by all its records. */
public final class Columns {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] fieldIndex = new int[Field.values().length];

    public Columns(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            index.putIfAbsent(this.names.get(i), i);
        }
        for (Field f : Field.values()) {
            fieldIndex[f.ordinal()] = indexOf(f.column());
        }
    }

    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    public int size() {
        return names.size();
    }

    /** Position of a field's column, or -1 (an array read: fields are read for every record). */
    public int indexOf(Field field) {
        return fieldIndex[field.ordinal()];
    }

    /** Position of a column, or -1. */
    public int indexOf(String column) {
        return index.getOrDefault(column, -1);
    }

    public boolean contains(String column) {
        return index.containsKey(column);
    }
}
