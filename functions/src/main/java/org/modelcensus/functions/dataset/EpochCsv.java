package org.modelcensus.functions.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads Epoch's CSV (either schema generation) from a path, a URL or bytes.
 *
 * <p>Every problem stops the import with one {@link BadInputException} naming the file, line and
 * column: unclosed quote, stray character after a closing quote, bytes that are not UTF-8,
 * duplicate or empty headers, a row with the wrong number of fields, an oversized field, an
 * unknown schema, a missing model name or an unparseable publication date. A UTF-8 byte order mark
 * and mixed CR / LF / CRLF line endings import like a clean file.
 */
public final class EpochCsv {
    /** Largest file the census reads into memory. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** Largest single field: Epoch's longest (abstracts and notes) are a few kilobytes. */
    public static final int MAX_FIELD_CHARS = 1_000_000;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .setIgnoreEmptyLines(true)
            .get();

    private EpochCsv() {
    }

    /** Reads a file, or fetches an http(s) URL when {@code pathOrUrl} looks like one. */
    public static Snapshot read(String pathOrUrl) {
        if (pathOrUrl.startsWith("https://") || pathOrUrl.startsWith("http://")) {
            return read(URI.create(pathOrUrl));
        }
        return read(Path.of(pathOrUrl));
    }

    public static Snapshot read(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new BadInputException(source, 0, 0, "file is " + size + " bytes; the limit is " + MAX_FILE_BYTES);
            }
            return parse(source, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, 0, 0, "no such file");
        } catch (IOException e) {
            throw new BadInputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Downloads a snapshot (time and size capped) and parses it. */
    public static Snapshot read(URI url) {
        String source = url.toString();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(120)).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new BadInputException(source, 0, 0, "HTTP status " + response.statusCode());
            }
            try (InputStream in = response.body()) {
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw new BadInputException(source, 0, 0, "download exceeds " + MAX_FILE_BYTES + " bytes");
                }
                return parse(source, bytes);
            }
        } catch (IOException e) {
            throw new BadInputException(source, 0, 0, "cannot download: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(source, 0, 0, "download interrupted", e);
        }
    }

    /** Parses the bytes of a snapshot; {@code source} names it in provenance and errors. */
    public static Snapshot parse(String source, byte[] bytes) {
        return parse(source, bytes, false);
    }

    /** As {@link #parse(String, byte[])}, marking the result as the project's sample data or not. */
    public static Snapshot parse(String source, byte[] bytes, boolean sample) {
        String text = decodeUtf8(source, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BadInputException(source, 1, 0, "empty file: expected an Epoch CSV header");
        }
        List<String> header;
        List<ModelRecord> models = new ArrayList<>();
        Schema schema;
        Columns columns;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            header = parser.getHeaderNames();
            checkHeader(source, header);
            schema = Schema.detect(source, header);
            List<String> canonical = new ArrayList<>(header.size());
            header.forEach(h -> canonical.add(Field.canonicalColumn(h.strip())));
            columns = new Columns(canonical);
            readRecords(source, text, parser, columns, models);
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw CsvSyntax.locate(source, text, e);
        }
        Provenance provenance = new Provenance(source, sha256(bytes), models.size(), schema, Instant.now(), sample);
        return new Snapshot(provenance, columns, models);
    }

    private static void checkHeader(String source, List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).isBlank()) {
                throw new BadInputException(source, 1, i + 1, "empty column name in the header");
            }
        }
    }

    private static void readRecords(String source, String text, CSVParser parser, Columns columns,
            List<ModelRecord> out) {
        CsvSyntax.LineCounter lines = new CsvSyntax.LineCounter(text);
        int nameColumn = columns.indexOf(Field.NAME.column());
        int dateColumn = columns.indexOf(Field.PUBLICATION_DATE.column());
        for (CSVRecord record : parser) {
            long line = lines.lineAt(record.getCharacterPosition());
            if (record.size() != columns.size()) {
                throw new BadInputException(source, line, Math.min(record.size(), columns.size()) + 1,
                        "row has " + record.size() + " fields but the header has " + columns.size());
            }
            String[] values = new String[columns.size()];
            for (int i = 0; i < values.length; i++) {
                String v = record.get(i);
                if (v.length() > MAX_FIELD_CHARS) {
                    throw new BadInputException(source, line, i + 1, "field '" + columns.names().get(i) + "' has "
                            + v.length() + " characters; the limit is " + MAX_FIELD_CHARS);
                }
                values[i] = v;
            }
            if (values[nameColumn].isBlank()) {
                throw new BadInputException(source, line, nameColumn + 1, "model name is empty");
            }
            String date = values[dateColumn].strip();
            if (!date.isEmpty() && !isIsoDate(date)) {
                throw new BadInputException(source, line, dateColumn + 1,
                        "unparseable publication date '" + date + "' (expected YYYY-MM-DD)");
            }
            out.add(new ModelRecord(columns, values, line));
        }
    }

    /** Whether {@code date} is a valid ISO date {@code YYYY-MM-DD}, the only form a publication date may take. */
    public static boolean isIsoDate(String date) {
        if (!ISO_DATE.matcher(date).matches()) {
            return false;
        }
        try {
            java.time.LocalDate.parse(date);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String decodeUtf8(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            long line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                    line++;
                    lineStart = i + 1;
                }
            }
            long column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new BadInputException(source, line, column, String.format(
                    "byte 0x%02X is not valid UTF-8 (save the file as UTF-8)", bytes[bad] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
