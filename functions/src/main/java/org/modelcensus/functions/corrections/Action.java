package org.modelcensus.functions.corrections;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What one correction row does, by the id written in the {@code action} column. */
public enum Action {
    /** Set one field of an existing model. */
    SET("set"),
    /** Drop a model from the snapshot. */
    REMOVE("remove"),
    /** Create a model, one row per field; rows naming the same model accumulate. */
    ADD("add"),
    /** Copy a model from another snapshot file (the {@code value}), re-shaped to this snapshot's columns. */
    ADD_FROM("add_from");

    private final String id;

    Action(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The action written {@code id}, if any. */
    static Optional<Action> of(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    /** The known ids, for error messages. */
    static String known() {
        return Arrays.stream(values()).map(Action::id).collect(Collectors.joining(", "));
    }
}
