package org.modelcensus.functions.corrections;

/**
 * A correction row as it took effect: where it is written, what it did and why. For {@code set} and
 * {@code add} the values are the field's old and new value; for {@code remove} the old value says
 * where the model was; for {@code add_from} the new value says where it came from.
 */
public record Applied(String file, long line, Action action, String model, String field, String oldValue,
        String newValue, String reason) {

    /** Whether the row changed the data ({@code false} for a {@code set} to the value already there). */
    public boolean changed() {
        return action != Action.SET || !oldValue.equals(newValue);
    }

    /**
     * One line for reports and logs, e.g. {@code line 4: set ERNIE 4.0 · Domain: "Multimodal,Language" →
     * "Multimodal,Language,Video" (reason: later value)}.
     */
    public String describe() {
        String what = switch (action) {
            case SET -> changed() ? field + ": " + quote(oldValue) + " → " + quote(newValue)
                    : field + ": already " + quote(newValue) + " (no change)";
            case ADD -> field + " = " + quote(newValue);
            case REMOVE -> "removed (" + oldValue + ")";
            case ADD_FROM -> "copied from " + newValue;
        };
        return "line " + line + ": " + action.id() + " " + model + " · " + what + " (reason: " + oneLine(reason) + ")";
    }

    private static String quote(String s) {
        return "\"" + oneLine(s) + "\"";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
