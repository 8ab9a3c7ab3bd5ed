package org.modelcensus.functions.normalize;

import org.modelcensus.functions.edition.Edition;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * Reads one mapping CSV (a classpath resource under {@code mappings/}, or a file of the same name
 * in a user's override directory), checking its bytes, header, scopes and keys; errors carry file and line.
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

    /** Mapping files are hand-written tables: anything larger is not one. */
    static final int MAX_BYTES = 16 << 20;
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

    /**
     * Rows of one mapping CSV, validated as strictly as an Epoch file: UTF-8 without NUL bytes, a header of
     * distinct non-blank names holding the required columns, rows as wide as the header, known scopes, and
     * each key (the scope, if any, and the first other required column) on one row only. Errors name file and line.
     */
    static List<Row> parse(String file, InputStream in, List<String> requiredColumns) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(file, 0, 0, "mapping file is larger than " + MAX_BYTES / (1 << 20) + " MiB");
        }
        String text = decode(file, bytes);
        List<Row> rows = new ArrayList<>();
        Map<List<String>, Long> keys = new HashMap<>();
        String keyColumn = requiredColumns.stream().filter(c -> !c.equals("scope")).findFirst().orElseThrow();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(file, header, requiredColumns);
            for (CSVRecord record : parser) {
                Row row = new Row(file, record.getParser().getCurrentLineNumber(), record);
                if (record.size() != header.size()) {
                    throw row.error("row has " + record.size() + " fields but the header has " + header.size());
                }
                // Any scope an edition file declares, so that a new edition needs no code change here.
                if (header.contains("scope") && !Edition.mappingScopes().contains(row.get("scope"))) {
                    throw row.error("scope must be one of " + Edition.mappingScopes() + ", not '" + row.get("scope") + "'");
                }
                List<String> key = List.of(row.get("scope"), row.get(keyColumn));
                Long first = keys.putIfAbsent(key, row.line());
                if (first != null) {
                    throw row.error(keyColumn + " '" + row.get(keyColumn) + "'" + (row.get("scope").isEmpty() ? ""
                            : " of scope '" + row.get("scope") + "'") + " is also on line " + first
                            + ": one row per key, or the later would silently win");
                }
                rows.add(row);
            }
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses a header with a name twice this way.
            throw new BadInputException(file, 1, 0, "malformed mapping header: " + e.getMessage(), e);
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

    private static void checkHeader(String file, List<String> header, List<String> requiredColumns) {
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new BadInputException(file, 1, 0, "mapping file lacks column '" + column + "' (needs "
                        + requiredColumns + "; the header is " + header + ")");
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).isBlank()) {
                throw new BadInputException(file, 1, i + 1, "the header has a blank column name");
            }
            if (header.indexOf(header.get(i)) < i) {
                throw new BadInputException(file, 1, i + 1, "the header names '" + header.get(i) + "' twice");
            }
        }
    }

    /** The file as text: refused with line and column at the first byte that is not UTF-8, or a NUL. */
    static String decode(String file, byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new BadInputException(file, line(bytes, at), column(bytes, at), String.format(Locale.ROOT,
                    "byte 0x%02X is not UTF-8: save the mapping file as UTF-8", bytes[at] & 0xff));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(file, line(bytes, i), column(bytes, i), "the file contains a NUL byte: "
                        + "a mapping CSV is text");
            }
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static long line(byte[] bytes, int at) {
        long line = 1;
        for (int i = 0; i < at; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    /** The 1-based column of byte {@code at} in its line, counted in characters. */
    private static long column(byte[] bytes, int at) {
        int start = at;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return new String(bytes, start, at - start, StandardCharsets.UTF_8).length() + 1L;
    }
}
