package org.modelcensus.functions.corrections;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Field;

/**
 * Reads a corrections CSV and checks every row on its own: known action, model and reason present,
 * field and value present or absent as the action needs, dates and numbers that parse. Checks that
 * need the snapshot (does the model exist, is the field a column) happen when it is applied.
 */
final class CorrectionFile {
    static final List<String> HEADER = List.of(Correction.ACTION, Correction.MODEL, Correction.FIELD,
            Correction.VALUE, Correction.REASON);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setIgnoreEmptyLines(true).get();
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final List<String> NUMERIC = List.of(Field.PARAMETERS.column(), Field.TRAINING_COMPUTE.column(),
            Field.DATASET_SIZE.column());

    private CorrectionFile() {
    }

    static List<Correction> read(Path file) {
        String source = file.toString();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return parse(source, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, 0, 0, "no such corrections file");
        } catch (CharacterCodingException e) {
            throw new BadInputException(source, 0, 0, "not UTF-8 text (save the corrections file as UTF-8)", e);
        } catch (IOException e) {
            throw new BadInputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    static List<Correction> parse(String source, String text) {
        List<Correction> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Map<String, Integer> columnOf = header(source, parser.getHeaderNames());
            int offset = 0;
            long line = 1;
            for (CSVRecord record : parser) {
                for (; offset < record.getCharacterPosition(); offset++) {
                    line += isLineBreak(text, offset) ? 1 : 0;
                }
                rows.add(check(row(source, line, columnOf, record)));
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(source, 0, 0, "malformed CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    private static boolean isLineBreak(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
    }

    private static Map<String, Integer> header(String source, List<String> names) {
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columnOf.put(names.get(i).strip(), i);
        }
        List<String> missing = HEADER.stream().filter(h -> !columnOf.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw new BadInputException(source, 1, 0, "corrections file lacks column(s) " + missing
                    + "; the header must be " + String.join(",", HEADER));
        }
        return columnOf;
    }

    private static Correction row(String source, long line, Map<String, Integer> columnOf, CSVRecord record) {
        if (record.size() != columnOf.size()) {
            throw new BadInputException(source, line, Math.min(record.size(), columnOf.size()) + 1,
                    "row has " + record.size() + " fields but the header has " + columnOf.size());
        }
        String[] v = HEADER.stream().map(h -> record.get(columnOf.get(h)).strip()).toArray(String[]::new);
        Correction probe = new Correction(source, line, columnOf, null, v[1], v[2], v[3], v[4]);
        Action action = Action.of(v[0]).orElseThrow(() -> probe.error(Correction.ACTION,
                "unknown action '" + v[0] + "'; known: " + Action.known()));
        return new Correction(source, line, columnOf, action, v[1], Field.canonicalColumn(v[2]), v[3], v[4]);
    }

    private static Correction check(Correction c) {
        require(c, !c.model().isEmpty(), Correction.MODEL, "model is empty");
        require(c, !c.reason().isEmpty(), Correction.REASON, "reason is empty: every correction must say why");
        boolean needsField = c.action() == Action.SET || c.action() == Action.ADD;
        require(c, needsField != c.field().isEmpty(), Correction.FIELD, needsField
                ? c.action().id() + " needs a field (a column name of the snapshot)"
                : c.action().id() + " takes no field, found '" + c.field() + "'");
        require(c, c.action() != Action.ADD || !c.field().equals(Field.NAME.column()), Correction.FIELD,
                "add sets the name from the model column; leave the name field out");
        require(c, c.action() != Action.REMOVE || c.value().isEmpty(), Correction.VALUE, "remove takes no value");
        require(c, c.action() != Action.ADD_FROM || !c.value().isEmpty(), Correction.VALUE,
                "add_from needs the snapshot file to copy from in the value column");
        checkValue(c);
        return c;
    }

    private static void checkValue(Correction c) {
        if (c.field().equals(Field.PUBLICATION_DATE.column()) && !c.value().isEmpty()) {
            require(c, EpochCsv.isIsoDate(c.value()), Correction.VALUE,
                    "unparseable publication date '" + c.value() + "' (expected YYYY-MM-DD)");
        }
        if (NUMERIC.contains(c.field()) && !c.value().isEmpty()) {
            require(c, NUMBER.matcher(c.value()).matches(), Correction.VALUE,
                    "'" + c.value() + "' is not a number (e.g. 3.8e25) for " + c.field());
        }
        if (c.field().equals(Field.NAME.column())) {
            require(c, !c.value().isEmpty(), Correction.VALUE, "a model name cannot be set empty");
        }
    }

    private static void require(Correction c, boolean condition, String column, String problem) {
        if (!condition) {
            throw c.error(column, problem);
        }
    }
}
