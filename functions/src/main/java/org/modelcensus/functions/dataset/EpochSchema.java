package org.modelcensus.functions.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which header names of Epoch's CSV hold which {@link Field}, in which schema generation, and which
 * fields a file must have, as declared by the resource {@value #RESOURCE}. Each row there is one
 * header name a field has had: {@code field,requirement,header,since,until,note}, e.g.
 * {@code NAME,required,System,2024,2024,}. A blank {@code until} lasts until a later row of the
 * same field takes over, so a rename in a future file is one added row. The first row of a field
 * names its column inside the census (the 2025 name, whatever the file's generation).
 *
 * <p>Example: {@code EpochSchema.builtIn().fieldOf("System")} is {@code Optional[NAME]}.
 */
public final class EpochSchema {
    /** The built-in declaration, on the classpath. */
    public static final String RESOURCE = "schema/epoch-fields.csv";
    /** The columns of a schema file, in order. */
    public static final List<String> COLUMNS = List.of("field", "requirement", "header", "since", "until", "note");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int MAX_FIELD_CHARS = 10_000;

    /** One header name of a field, written by the generations {@code since..until}. */
    private record Name(Field field, String header, int since, int until, long line) {
        boolean writtenIn(int generation) {
            return since <= generation && generation <= until;
        }
    }

    private static final class BuiltIn {
        static final EpochSchema SCHEMA = parse(RESOURCE, resourceText());
    }

    private final String source;
    private final List<Name> names;
    private final Map<String, Field> fieldByHeader = new HashMap<>();
    private final Map<Field, String> columns = new EnumMap<>(Field.class);
    private final Set<Field> required;
    private final List<Integer> generations;

    private EpochSchema(String source, List<Name> names, Set<Field> required, Set<Integer> generations) {
        this.source = source;
        this.names = List.copyOf(names);
        this.required = Collections.unmodifiableSet(required);
        this.generations = List.copyOf(generations);
        for (Name n : names) {
            fieldByHeader.put(n.header(), n.field());
            columns.putIfAbsent(n.field(), n.header());
        }
    }

    /** The schema of {@value #RESOURCE}. */
    public static EpochSchema builtIn() {
        return BuiltIn.SCHEMA;
    }

    /**
     * Reads and validates a schema file's text; {@code source} names it in errors, which carry its line
     * and field number. Column names inside the census stay those of the built-in schema.
     *
     * @throws BadInputException on a bad header, unknown field, year, requirement or a field declared by no row
     */
    public static EpochSchema parse(String source, String text) {
        CsvReader reader = new CsvReader(source, text, MAX_FIELD_CHARS);
        List<String> header = reader.next();
        if (header == null || !header.equals(COLUMNS)) {
            throw new BadInputException(source, Math.max(1, reader.recordLine()), 0,
                    "a schema file's header must be " + String.join(",", COLUMNS) + ", not " + header);
        }
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            rows.add(checkedRow(source, reader.recordLine(), row));
            lines.add(reader.recordLine());
        }
        return new Loader(source).load(rows, lines);
    }

    /** Where the declaration was read from, e.g. {@value #RESOURCE}. */
    public String source() {
        return source;
    }

    /** The schema generations the file knows, oldest first, e.g. {@code [2024, 2025, 2026]}. */
    public List<String> generations() {
        return generations.stream().map(String::valueOf).toList();
    }

    /** The field a header name holds, if any. */
    public Optional<Field> fieldOf(String headerName) {
        return Optional.ofNullable(fieldByHeader.get(headerName));
    }

    /** The name of a field's column inside the census, e.g. {@code Model} for {@link Field#NAME}. */
    public String columnOf(Field field) {
        return columns.get(field);
    }

    /** Whether a file without this field is rejected (otherwise the field is announced as missing). */
    public boolean isRequired(Field field) {
        return required.contains(field);
    }

    /** Every header name a field has had, in the order declared. */
    public List<String> headerNames(Field field) {
        return names.stream().filter(n -> n.field() == field).map(Name::header).toList();
    }

    /**
     * The generation whose header names best match {@code header} (one point for each name present,
     * minus one for each absent); ties go to the newest.
     */
    String generationOf(Collection<String> header) {
        int best = generations.get(0);
        int bestScore = Integer.MIN_VALUE;
        for (int g : generations) {
            int score = 0;
            for (Name n : names) {
                if (n.writtenIn(g)) {
                    score += header.contains(n.header()) ? 1 : -1;
                }
            }
            if (score >= bestScore) {
                best = g;
                bestScore = score;
            }
        }
        return String.valueOf(best);
    }

    private static String[] checkedRow(String source, long line, List<String> row) {
        if (row.size() != COLUMNS.size()) {
            throw new BadInputException(source, line, Math.min(row.size(), COLUMNS.size()) + 1,
                    "the row has " + row.size() + " fields but a schema file has " + COLUMNS.size() + ": "
                            + String.join(",", COLUMNS));
        }
        return row.stream().map(String::strip).toArray(String[]::new);
    }

    private static String resourceText() {
        try (InputStream in = EpochSchema.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Turns checked rows into a schema, validating each value and the rows of a field together. */
    private static final class Loader {
        private final String source;
        private final Map<Field, String> requirement = new EnumMap<>(Field.class);
        private final Map<String, Long> headerLines = new HashMap<>();

        Loader(String source) {
            this.source = source;
        }

        EpochSchema load(List<String[]> rows, List<Long> lines) {
            List<Name> names = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                names.add(name(lines.get(i), rows.get(i)));
            }
            Set<Field> undeclared = EnumSet.allOf(Field.class);
            undeclared.removeAll(requirement.keySet());
            if (!undeclared.isEmpty()) {
                throw new BadInputException(source, 0, 0, "no row declares the fields " + undeclared);
            }
            Set<Field> required = EnumSet.noneOf(Field.class);
            requirement.forEach((f, r) -> {
                if (r.equals("required")) {
                    required.add(f);
                }
            });
            return new EpochSchema(source, closeOpenRanges(names), required, generations(names));
        }

        /** Each year a name starts, and each year after a name ends: both begin a generation. */
        private static Set<Integer> generations(List<Name> names) {
            Set<Integer> years = new TreeSet<>();
            for (Name n : names) {
                years.add(n.since());
                if (n.until() != Integer.MAX_VALUE) {
                    years.add(n.until() + 1);
                }
            }
            return years;
        }

        private Name name(long line, String[] v) {
            Field field = field(line, v[0]);
            requirement(line, field, v[1]);
            if (v[2].isEmpty()) {
                throw error(line, 3, "the header name is empty");
            }
            Long earlier = headerLines.putIfAbsent(v[2], line);
            if (earlier != null) {
                throw error(line, 3, "header name '" + v[2] + "' is already declared on line " + earlier);
            }
            int since = year(line, 4, v[3]);
            int until = v[4].isEmpty() ? Integer.MAX_VALUE : year(line, 5, v[4]);
            if (until < since) {
                throw error(line, 5, "until " + until + " is before since " + since);
            }
            return new Name(field, v[2], since, until, line);
        }

        private Field field(long line, String id) {
            try {
                return Field.valueOf(id);
            } catch (IllegalArgumentException e) {
                throw error(line, 1, "unknown field '" + id + "'; the fields are " + List.of(Field.values()));
            }
        }

        private void requirement(long line, Field field, String value) {
            if (!value.equals("required") && !value.equals("optional")) {
                throw error(line, 2, "requirement must be required or optional, not '" + value + "'");
            }
            String earlier = requirement.putIfAbsent(field, value);
            if (earlier != null && !earlier.equals(value)) {
                throw error(line, 2, field + " is " + earlier + " on an earlier line; every row of a field must "
                        + "say the same");
            }
        }

        private int year(long line, int column, String value) {
            if (!YEAR.matcher(value).matches()) {
                throw error(line, column, COLUMNS.get(column - 1) + " must be a generation year like 2026, not '"
                        + value + "'");
            }
            return Integer.parseInt(value);
        }

        /** A blank {@code until} ends the year before the field's next name starts; two names may not overlap. */
        private List<Name> closeOpenRanges(List<Name> names) {
            List<Name> closed = new ArrayList<>();
            for (Name n : names) {
                int next = Integer.MAX_VALUE;
                for (Name other : names) {
                    if (other != n && other.field() == n.field() && other.since() >= n.since()) {
                        if (other.since() == n.since() || (n.until() != Integer.MAX_VALUE && other.since() <= n.until())) {
                            throw error(Math.max(n.line(), other.line()), 4, n.field() + " has two header names in "
                                    + other.since() + ": '" + n.header() + "' and '" + other.header() + "'");
                        }
                        next = Math.min(next, other.since() - 1);
                    }
                }
                closed.add(new Name(n.field(), n.header(), n.since(), Math.min(n.until(), next), n.line()));
            }
            return closed;
        }

        private BadInputException error(long line, int column, String problem) {
            return new BadInputException(source, line, column, problem);
        }
    }
}
