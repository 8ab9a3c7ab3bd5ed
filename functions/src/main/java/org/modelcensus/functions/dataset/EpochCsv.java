package org.modelcensus.functions.dataset;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Reads Epoch's CSV (any schema generation {@link EpochSchema} declares) from a path, a URL or bytes.
 * Columns are matched by name, so their order and any extra columns do not matter.
 *
 * <p>Every problem stops the import with one {@link BadInputException} naming the file, line and
 * column: unclosed quote, stray character after a closing quote, bytes that are not UTF-8,
 * duplicate or empty headers, a row with the wrong number of fields, an oversized field, an
 * unknown schema, a missing model name or an unparseable publication date. A UTF-8 byte order mark
 * and mixed CR / LF / CRLF line endings import like a clean file.
 *
 * <p>Values that import but look wrong (training compute outside (0, 1e32], dates before 1950 or after
 * the import, control characters or duplicates in model names, no rows) are listed in
 * {@link Snapshot#questionable()}, never thrown.
 */
public final class EpochCsv {
    /** Largest file the census reads into memory. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** Largest single field: Epoch's longest (abstracts and notes) are a few kilobytes. */
    public static final int MAX_FIELD_CHARS = 1_000_000;
    /** From this many bytes of records on, the first and second half are read on two cores. */
    static final int PARALLEL_BYTES = 8 << 20;
    /** Longest a download may take, from the request to the last byte. */
    static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(2);

    private EpochCsv() {
    }

    /** Reads a file, or fetches an http(s) URL when {@code pathOrUrl} looks like one. */
    public static Snapshot read(String pathOrUrl) {
        try {
            if (pathOrUrl.startsWith("https://") || pathOrUrl.startsWith("http://")) {
                return read(URI.create(pathOrUrl));
            }
            return read(Path.of(pathOrUrl));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(pathOrUrl, 0, 0, "not a valid path or URL: " + e.getMessage(), e);
        }
    }

    public static Snapshot read(Path file) {
        return parse(file.toString(), readFile(file));
    }

    /** Downloads a snapshot (at most {@link #MAX_FILE_BYTES}, within two minutes) and parses it. */
    public static Snapshot read(URI url) {
        return parse(url.toString(), Download.fetch(url, MAX_FILE_BYTES, DOWNLOAD_TIMEOUT));
    }

    /** Parses the bytes of a snapshot; {@code source} names it in provenance and errors. */
    public static Snapshot parse(String source, byte[] bytes) {
        return parse(source, bytes, false);
    }

    /** As {@link #parse(String, byte[])}, marking the result as the project's sample data or not. */
    public static Snapshot parse(String source, byte[] bytes, boolean sample) {
        return parse(source, bytes, sample, EpochSchema.builtIn());
    }

    /** As {@link #parse(String, byte[], boolean)}, matching the header against another schema declaration. */
    public static Snapshot parse(String source, byte[] bytes, boolean sample, EpochSchema schema) {
        return parse(source, bytes, sample, schema, PARALLEL_BYTES);
    }

    /** As {@link #parse(String, byte[], boolean, EpochSchema)}, reading in two halves from {@code parallelBytes} bytes of records on. */
    static Snapshot parse(String source, byte[] bytes, boolean sample, EpochSchema schema, int parallelBytes) {
        if (Utf8.isBlank(bytes)) {
            Utf8.check(source, bytes);
            throw new BadInputException(source, 1, 1, "empty file: expected an Epoch CSV header");
        }
        // Fields are decoded one by one; a byte that is not UTF-8 is the error to report, before any other.
        CsvReader reader = new CsvReader(source, bytes, Utf8.start(bytes), MAX_FIELD_CHARS);
        Snapshot snapshot;
        try {
            snapshot = parse(source, bytes, sample, schema, reader, parallelBytes);
        } catch (BadInputException e) {
            Utf8.check(source, bytes);
            throw e;
        }
        if (reader.sawReplacement()) {
            Utf8.check(source, bytes);
        }
        return snapshot;
    }

    private static Snapshot parse(String source, byte[] bytes, boolean sample, EpochSchema schema, CsvReader reader,
            int parallelBytes) {
        Header header = Header.read(source, reader, schema);
        Instant readAt = Instant.now();
        LocalDate today = LocalDate.ofInstant(readAt, ZoneOffset.UTC);
        // The digest needs only the bytes: a thread of its own computes it while the records are read (in the
        // shared pool it would wait behind other work, such as the loading of the mappings).
        CompletableFuture<String> sha256 = Parallel.onOwnThread("census-sha256", () -> sha256(bytes));
        int split = bytes.length - reader.position() >= parallelBytes
                ? splitPoint(source, bytes, reader.position(), header.names().size()) : -1;
        Read read = split > 0 ? inHalves(source, bytes, reader, split, header, today) : null;
        if (read == null) {
            Questions questions = new Questions(source, header, today);
            List<ModelRecord> models = new ArrayList<>();
            Shared shared = new Shared(header.columns());
            for (String[] fields = reader.nextFields(); fields != null; fields = reader.nextFields()) {
                ModelRecord record = record(source, reader.recordLine(), fields, header, shared);
                questions.check(record);
                models.add(record);
            }
            read = new Read(models, questions);
        }
        List<ModelRecord> models = read.models();
        Provenance provenance = new Provenance(source, Parallel.join(sha256), models.size(), header.generation(),
                header.missingFields(), header.unusedColumns(), readAt, sample);
        return new Snapshot(provenance, header.columns(), models, read.questions().found(models.size()));
    }

    /** The records of a file and their questionable values. */
    private record Read(List<ModelRecord> models, Questions questions) {
    }

    /**
     * Reads the records before {@code split} here and those after it on another core (with what checking
     * them needs of each alone), then checks the second half's records in file order: the same records,
     * questions and line numbers as one pass. Null (and nothing read from {@code reader}) when a half fails
     * or {@code split} is not a record boundary after all: then the caller reads the records in one pass, so
     * that the first problem of the file is the one reported.
     *
     * <p>The second half is read from line 1; its lines are those after the first half's last line,
     * which only the first half's read knows (counting the line breaks up to {@code split} first would
     * be a pass over half the file before either core starts).
     */
    private static Read inHalves(String source, byte[] bytes, CsvReader reader, int split, Header header,
            LocalDate today) {
        CsvReader first = new CsvReader(source, bytes, reader.position(), split, reader.line(), MAX_FIELD_CHARS);
        CsvReader second = new CsvReader(source, bytes, split, bytes.length, 1, MAX_FIELD_CHARS);
        Questions questions = new Questions(source, header, today);
        CompletableFuture<SecondHalf> later = CompletableFuture.supplyAsync(() -> {
            try {
                List<ModelRecord> records = records(source, second, header);
                List<Questions.Look> looks = new ArrayList<>(records.size());
                for (ModelRecord r : records) {
                    looks.add(questions.look(r));
                }
                return new SecondHalf(records, looks);
            } catch (BadInputException e) {
                return null;
            }
        });
        List<ModelRecord> models;
        try {
            models = records(source, first, header);
            models.forEach(questions::check);
        } catch (BadInputException e) {
            Parallel.join(later);
            return null;
        }
        SecondHalf rest = Parallel.join(later);
        if (rest == null) {
            return null;
        }
        long linesBefore = first.line() - 1;
        for (int i = 0; i < rest.models().size(); i++) {
            ModelRecord r = rest.models().get(i);
            ModelRecord record = r.atLine(r.line() + linesBefore);
            questions.check(record, rest.looks().get(i));
            models.add(record);
        }
        if (first.sawReplacement() || second.sawReplacement()) {
            reader.replacementSeen();
        }
        return new Read(models, questions);
    }

    /** The records of the second half (lines from 1), each looked at for its questions. */
    private record SecondHalf(List<ModelRecord> models, List<Questions.Look> looks) {
    }

    private static List<ModelRecord> records(String source, CsvReader reader, Header header) {
        List<ModelRecord> out = new ArrayList<>();
        Shared shared = new Shared(header.columns());
        for (String[] fields = reader.nextFields(); fields != null; fields = reader.nextFields()) {
            out.add(record(source, reader.recordLine(), fields, header, shared));
        }
        return out;
    }

    /**
     * A place to split the records of {@code bytes[from, end)} for two cores: past the first line break
     * after the middle where two whole records of {@code fields} fields follow; -1 when none does within
     * a few lines. Whether it is outside a quoted field only the read of the first half can tell (a
     * quoted field can hold line breaks and commas): {@link #inHalves} falls back to one pass when not.
     */
    static int splitPoint(String source, byte[] bytes, int from, int fields) {
        int i = from + (bytes.length - from) / 2;
        for (int tries = 0; tries < 16; tries++) {
            while (i < bytes.length && bytes[i] != '\n') {
                i++;
            }
            if (i + 1 >= bytes.length) {
                return -1;
            }
            i++;
            if (recordsFollow(source, bytes, i, fields)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether two records of {@code fields} fields each start at {@code at}, or one that ends the file. */
    private static boolean recordsFollow(String source, byte[] bytes, int at, int fields) {
        CsvReader reader = new CsvReader(source, bytes, at, bytes.length, 1, MAX_FIELD_CHARS);
        try {
            for (int n = 0; n < 2; n++) {
                List<String> record = reader.next();
                if (record == null) {
                    return n > 0;
                }
                if (record.size() != fields) {
                    return false;
                }
            }
            return true;
        } catch (BadInputException e) {
            return false;
        }
    }

    private static byte[] readFile(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new BadInputException(source, 0, 0, "the file is " + size + " bytes; the limit is "
                        + MAX_FILE_BYTES);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, 0, 0, "no such file", e);
        } catch (IOException | InvalidPathException e) {
            throw new BadInputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** One data row, checked: as many fields as the header, a model name, an ISO publication date. */
    private static ModelRecord record(String source, long line, String[] fields, Header header, Shared shared) {
        int expected = header.names().size();
        if (fields.length != expected) {
            throw new BadInputException(source, line, Math.min(fields.length, expected) + 1,
                    "the row has " + fields.length + " fields but the header has " + expected);
        }
        ModelRecord record = new ModelRecord(header.columns(), shared.share(fields), line);
        if (record.name().isEmpty()) {
            throw fieldProblem(source, line, header, Field.NAME, "the model name is empty");
        }
        String date = record.get(Field.PUBLICATION_DATE).strip();
        if (!date.isEmpty() && !isIsoDate(date)) {
            throw fieldProblem(source, line, header, Field.PUBLICATION_DATE,
                    "unparseable publication date '" + date + "'; expected YYYY-MM-DD");
        }
        return record;
    }

    private static BadInputException fieldProblem(String source, long line, Header header, Field field,
            String problem) {
        int number = header.columns().indexOf(field) + 1;
        return new BadInputException(source, line, number,
                problem + " (column '" + header.nameOf(field) + "', field " + number + ")");
    }

    /**
     * One string per distinct text in the columns whose texts repeat across rows (organisations,
     * countries, domains, tasks, dates...): the snapshot stays smaller, and each text's hash, which
     * the normalizer's lookups need, is computed once. Other columns are shared too while they
     * repeat: one that has given mostly new texts after {@value #TRIAL} values (names, links,
     * abstracts) is left alone from then on.
     */
    private static final class Shared {
        private static final List<Field> REPEATING = List.of(Field.DOMAIN, Field.TASK, Field.ORGANIZATION,
                Field.PUBLICATION_DATE, Field.COUNTRY, Field.ORGANIZATION_CATEGORIZATION, Field.HARDWARE,
                Field.CONFIDENCE, Field.ACCESSIBILITY);
        /** Values of a column seen before it is judged. */
        private static final int TRIAL = 2048;
        private final boolean[] always;
        /** Per column: non-empty values seen and new texts among them (-1: no longer shared). */
        private final int[] seen;
        private final int[] added;
        private final Map<String, String> texts = new HashMap<>();

        Shared(Columns header) {
            always = new boolean[header.size()];
            REPEATING.stream().mapToInt(header::indexOf).filter(i -> i >= 0).forEach(i -> always[i] = true);
            seen = new int[header.size()];
            added = new int[header.size()];
        }

        String[] share(String[] values) {
            for (int i = 0; i < values.length; i++) {
                if (values[i].isEmpty() || seen[i] < 0) {
                    continue;
                }
                String known = texts.putIfAbsent(values[i], values[i]);
                if (known != null) {
                    values[i] = known;
                } else if (!always[i]) {
                    added[i]++;
                }
                if (!always[i] && ++seen[i] == TRIAL && added[i] * 2 > TRIAL) {
                    seen[i] = -1;
                }
            }
            return values;
        }
    }

    /** Whether {@code date} is a valid ISO date {@code YYYY-MM-DD}, the only form a publication date may take. */
    public static boolean isIsoDate(String date) {
        return isoDate(date) != null;
    }

    /** The date of a valid ISO date text {@code YYYY-MM-DD} (ASCII digits, a real day), else null. */
    static LocalDate isoDate(String date) {
        if (date.length() != 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
            return null;
        }
        int year = digits(date, 0, 4);
        int month = digits(date, 5, 7);
        int day = digits(date, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number the ASCII digits of {@code text[from, to)} write, or -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
