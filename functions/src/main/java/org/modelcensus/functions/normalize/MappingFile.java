package org.modelcensus.functions.normalize;

import org.modelcensus.functions.edition.Edition;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * Reads one mapping CSV (a classpath resource under {@code mappings/}, or a file of the same name
 * in a user's override directory), checking its header and scopes; errors carry file and line.
 */
final class MappingFile {
    /** One data row: its line and its values by column. */
    record Row(String file, long line, CSVRecord record) {
        String get(String column) {
            return record.isMapped(column) ? record.get(column).strip() : "";
        }

        BadInputException error(String problem) {
            return new BadInputException(file, line, 0, problem);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private MappingFile() {
    }

    /** Rows of {@code name} (e.g. {@code task_group.csv}) from {@code overrideDir} if it has the file, else the built-in one. */
    static List<Row> load(Path overrideDir, String name, List<String> requiredColumns) {
        if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name))) {
            Path file = overrideDir.resolve(name);
            try (InputStream in = Files.newInputStream(file)) {
                return parse(file.toString(), in, requiredColumns);
            } catch (IOException e) {
                throw new BadInputException(file.toString(), 0, 0, "cannot read mapping file: " + e.getMessage(), e);
            }
        }
        String resource = "/mappings/" + name;
        try (InputStream in = MappingFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in mapping " + resource + " is missing from the jar");
            }
            return parse("mappings/" + name, in, requiredColumns);
        } catch (IOException e) {
            throw new BadInputException(resource, 0, 0, "cannot read mapping file: " + e.getMessage(), e);
        }
    }

    /** The names of the {@code .csv} files directly in {@code dir}. */
    static List<String> csvNames(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
        } catch (IOException e) {
            throw new BadInputException(dir.toString(), 0, 0, "cannot list mapping directory: " + e.getMessage(), e);
        }
    }

    private static final java.util.regex.Pattern START_LINE = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)");

    static List<Row> parse(String file, InputStream in, List<String> requiredColumns) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new BadInputException(file, 1, 0, "mapping file lacks column '" + column + "' (needs "
                            + requiredColumns + ")");
                }
            }
            for (CSVRecord record : parser) {
                Row row = new Row(file, parser.getCurrentLineNumber(), record);
                if (record.size() != header.size()) {
                    throw row.error("row has " + record.size() + " fields but the header has " + header.size());
                }
                // Any scope an edition file declares, so that a new edition needs no code change here.
                if (header.contains("scope") && !Edition.mappingScopes().contains(row.get("scope"))) {
                    throw row.error("scope must be one of " + Edition.mappingScopes() + ", not '" + row.get("scope") + "'");
                }
                rows.add(row);
            }
        } catch (java.io.UncheckedIOException e) {
            throw malformed(file, e);
        }
        return rows;
    }

    /**
     * A CSV the parser gives up on, as one line with the line number and no Java class name, e.g.
     * {@code task_group.csv, line 2: malformed mapping CSV: a quoted field is not closed}.
     */
    static BadInputException malformed(String file, Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        java.util.regex.Matcher startLine = START_LINE.matcher(message);
        long line = startLine.find() ? Long.parseLong(startLine.group(1)) : 0;
        String problem = message.replaceFirst("^\\(startline \\d+\\)\\s*", "");
        if (problem.contains("encapsulated token")) {
            problem = "a quoted field is not closed";
        }
        return new BadInputException(file, line, 0, "malformed mapping CSV: " + problem, e);
    }
}
