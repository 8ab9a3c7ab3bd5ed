package org.modelcensus.functions.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the questionable values of a snapshot as it is read: training compute that is not a plausible
 * FLOP count, publication dates before any model or after the import, control characters and
 * duplicates in model names, texts too long for an Excel cell, a file without rows. None stops the import; each becomes a {@link Questionable}.
 */
public final class Questions {
    /** The most training compute a model may plausibly have: 1e32 FLOP, about a million times today's largest runs. */
    static final BigDecimal MAX_FLOP = new BigDecimal("1e32");
    private static final double MAX_FLOP_VALUE = MAX_FLOP.doubleValue();
    /** The earliest date Epoch lists a model at (Theseus, 1950). */
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    /** The most characters an Excel cell holds. */
    public static final int MAX_CELL_TEXT = 32_767;
    /** What ends a text cut to {@link #MAX_CELL_TEXT}. */
    public static final String CUT_MARKER = "…[잘림]";

    private final String source;
    private final Header header;
    private final LocalDate today;
    private final List<Questionable> found = new ArrayList<>();
    private final Map<String, Long> firstLineOfName = new HashMap<>();

    Questions(String source, Header header, LocalDate today) {
        this.source = source;
        this.header = header;
        this.today = today;
    }

    /**
     * What checking a record needs of it alone: its name folded for the duplicate check, and whether any
     * other check can find something. Made on any thread (the halves of a file read on two cores each
     * look at their own records); {@link #check(ModelRecord, Look)} then runs in file order.
     */
    record Look(String foldedName, boolean closer) {
    }

    /** The look at one record; {@link #check(ModelRecord, Look)} takes it. */
    Look look(ModelRecord r) {
        String name = r.name();
        // Every sigma as σ by hand: String.toLowerCase's final-sigma rule loads the locale data, ~30 ms of a
        // cold start for the one such name in the real snapshots (PanGu-Σ); and ς is σ at a word's end.
        String folded = name.replace('Σ', 'σ').replace('ς', 'σ').toLowerCase(Locale.ROOT);
        return new Look(folded, controlCharacter(name) >= 0 || computeProblem(r) != null || dateProblem(r) != null
                || anyLonger(r));
    }

    /** Checks one imported record. */
    void check(ModelRecord r) {
        check(r, look(r));
    }

    /** Checks one imported record, looked at before; records in file order. */
    void check(ModelRecord r, Look look) {
        if (!look.closer()) {
            checkDuplicate(r, look.foldedName());
            return;
        }
        int bad = controlCharacter(r.name());
        if (bad >= 0) {
            add(r, Field.NAME, String.format(Locale.ROOT, "the model name contains the control character U+%04X",
                    bad));
        }
        checkDuplicate(r, look.foldedName());
        String compute = computeProblem(r);
        if (compute != null) {
            add(r, Field.TRAINING_COMPUTE, compute);
        }
        String date = dateProblem(r);
        if (date != null) {
            add(r, Field.PUBLICATION_DATE, date);
        }
        checkLengths(r);
    }

    /** All that was found, with a note for a file without rows. */
    List<Questionable> found(int rows) {
        if (rows == 0) {
            found.add(new Questionable(source, header.line(), 0, "the file has a header but no rows: every count is 0"));
        }
        return List.copyOf(found);
    }

    /** The first control character of a name, or -1: Epoch's own names carry line breaks and tabs; NUL, ESC, DEL and the like only come from damage. */
    private static int controlCharacter(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
        }
        return -1;
    }

    private void checkDuplicate(ModelRecord r, String foldedName) {
        Long first = firstLineOfName.putIfAbsent(foldedName, r.line());
        if (first != null) {
            add(r, Field.NAME, "the model name '" + shorten(r.name()) + "' is also on line " + first);
        }
    }

    /** What is questionable about the training compute, or null. */
    private static String computeProblem(ModelRecord r) {
        String raw = r.get(Field.TRAINING_COMPUTE).strip();
        if (raw.isEmpty()) {
            return null;
        }
        double fast = Decimals.fewDigits(raw) ? Decimals.exactly(raw) : Double.NaN;
        if (!Double.isNaN(fast)) {
            // Correctly rounded from at most 15 digits: compares with 0 and 1e32 as the exact value does.
            return fast > 0 && fast <= MAX_FLOP_VALUE ? null : outsideRange(raw);
        }
        BigDecimal flop;
        try {
            flop = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return "training compute '" + shorten(raw) + "' is not a number; it counts as blank";
        }
        return flop.signum() <= 0 || flop.compareTo(MAX_FLOP) > 0 ? outsideRange(raw) : null;
    }

    private static String outsideRange(String raw) {
        return "training compute " + shorten(raw) + " is outside the plausible range (0, 1e32] FLOP";
    }

    /** What is questionable about the publication date, or null. */
    private String dateProblem(ModelRecord r) {
        String raw = r.get(Field.PUBLICATION_DATE).strip();
        LocalDate date = EpochCsv.isoDate(raw);
        if (date == null || !(date.isBefore(EARLIEST) || date.isAfter(today))) {
            return null;
        }
        return "publication date " + raw + " is " + (date.isAfter(today) ? "after the import (" + today + ")"
                : "before " + EARLIEST + ", earlier than any model Epoch lists");
    }

    /** Texts longer than an Excel cell holds: the workbook cuts them, and says so here, once per value. */
    private void checkLengths(ModelRecord r) {
        if (!anyLonger(r)) {
            return;
        }
        List<String> names = r.columns().names();
        for (int i = 0; i < names.size(); i++) {
            String value = r.get(names.get(i));
            if (value.length() > MAX_CELL_TEXT) {
                found.add(new Questionable(source, r.line(), i + 1, "the text has " + value.length() + " characters, "
                        + "more than an Excel cell holds (" + MAX_CELL_TEXT + "): the workbook cuts it and ends it with "
                        + "the marker '" + CUT_MARKER + "' (column '" + names.get(i) + "')"));
            }
        }
    }

    /** Whether any value of the record is longer than an Excel cell holds (a read by index: most records have none). */
    private static boolean anyLonger(ModelRecord r) {
        for (int i = 0; i < r.columns().size(); i++) {
            if (r.value(i).length() > MAX_CELL_TEXT) {
                return true;
            }
        }
        return false;
    }

    private void add(ModelRecord r, Field field, String problem) {
        found.add(new Questionable(source, r.line(), header.columns().indexOf(field) + 1, problem
                + " (column '" + header.nameOf(field) + "')"));
    }

    /** At most 60 characters of a value, control characters shown as '?', so one warning stays one line. */
    private static String shorten(String value) {
        String clean = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...";
    }
}
