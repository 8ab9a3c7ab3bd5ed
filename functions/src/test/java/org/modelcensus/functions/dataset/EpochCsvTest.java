package org.modelcensus.functions.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpochCsvTest {
    static final String HEADER_2025 = "Model,Domain,Task,Organization,Publication date,Country (of organization),"
            + "Organization categorization (from Organization)\n";
    static final String HEADER_2024 = "System,Domain,Task,Organization,Publication date,"
            + "Country (from Organization),Organization categorization (from Organization),Notes\n";
    static final String ROW = "GPT-4,Language,Chat,OpenAI,2023-03-15,United States of America,Industry\n";

    @TempDir
    Path dir;

    // ---- both schema generations and provenance ----

    @Test
    void readsThe2025SchemaWithProvenance() throws Exception {
        byte[] bytes = (HEADER_2025 + ROW + "HyperCLOVA X,Language,Chat,NAVER,2023-08-24,Korea (Republic of),"
                + "Industry\n").getBytes(UTF_8);
        Snapshot s = EpochCsv.parse("mem.csv", bytes);
        assertEquals("2025", s.provenance().generation());
        assertEquals(2, s.provenance().rows());
        assertEquals("mem.csv", s.provenance().source());
        assertEquals(sha256(bytes), s.provenance().sha256());
        assertEquals("Korea (Republic of)", s.models().get(1).get(Field.COUNTRY));
        assertEquals(List.of(2L, 3L), List.of(s.models().get(0).line(), s.models().get(1).line()));
    }

    @Test
    void readsThe2024SchemaUnderTheCanonicalColumnNames() throws Exception {
        Path file = write("old.csv", HEADER_2024 + "PaLM 2,Language,Chat,Google,2023-05-10,United States of America,"
                + "Industry,a note\n");
        Snapshot s = EpochCsv.read(file);
        assertEquals("2024", s.provenance().generation());
        assertEquals(file.toString(), s.provenance().source());
        assertEquals(sha256(Files.readAllBytes(file)), s.provenance().sha256());
        assertEquals("PaLM 2", s.models().get(0).name());
        assertEquals("United States of America", s.models().get(0).get(Field.COUNTRY));
        assertEquals("a note", s.models().get(0).get("Notes"));
        assertEquals(List.of("Model", "Domain", "Task", "Organization", "Publication date", "Country (of organization)",
                "Organization categorization (from Organization)", "Notes"), s.columns().names());
    }

    @Test
    void readsAPathGivenAsAString() throws Exception {
        Path file = write("s.csv", HEADER_2025 + ROW);
        assertEquals(1, EpochCsv.read(file.toString()).provenance().rows());
    }

    @Test
    void rejectsAMalformedUrlString() {
        BadInputException e = assertThrows(BadInputException.class, () -> EpochCsv.read("https://exa mple.org/x.csv"));
        assertTrue(e.problem().startsWith("not a valid path or URL"), e.getMessage());
    }

    @Test
    void rejectsAUrlThatIsNotHttp() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> EpochCsv.read(URI.create("ftp://example.org/x.csv")));
        assertEquals("ftp://example.org/x.csv: only http and https URLs can be downloaded", e.getMessage());
    }

    // ---- quoting, line endings, line numbers ----

    @Test
    void readsQuotedFieldsWithDoubledQuotesCommasAndLineBreaks() {
        Snapshot s = parse(HEADER_2025 + "\"The \"\"big\"\" one, v2\",Language,\"Chat\nCode\",OpenAI,2023-03-15,"
                + "US,Industry\n");
        assertEquals("The \"big\" one, v2", s.models().get(0).name());
        assertEquals("Chat\nCode", s.models().get(0).get(Field.TASK));
    }

    @Test
    void numbersEachRecordByThePhysicalLineItStartsOnAcrossMultiLineFields() {
        Snapshot s = parse(HEADER_2025 + "\"A\nB\",d,t,o,2020-01-01,US,x\n"
                + "C,d,\"t\r\n\r\nu\",o,2020-01-01,US,x\r\n"
                + "D,d,t,o,2020-01-01,US,x\rE,d,t,o,2020-01-01,US,x\n");
        assertEquals(List.of(2L, 4L, 7L, 8L), s.models().stream().map(ModelRecord::line).toList());
    }

    @Test
    void skipsEmptyLinesAndKeepsCountingThem() {
        Snapshot s = parse("\n" + HEADER_2025 + "\n" + ROW + "\r\n\r" + ROW.replace("GPT-4", "GPT-5") + "\n\n");
        assertEquals(List.of(4L, 7L), s.models().stream().map(ModelRecord::line).toList());
        assertEquals(List.of("GPT-4", "GPT-5"), s.models().stream().map(ModelRecord::name).toList());
    }

    @Test
    void locatesAnErrorAfterAMultiLineRecordOnItsOwnLine() {
        BadInputException e = rejects(HEADER_2025 + "\"A\nB\nC\",d,t,o,2020-01-01,US,x\nD,d,t,o,2020-02-30,US,x\n");
        assertLocation(e, 5, 5);
    }

    @Test
    void importsAFileWithAByteOrderMarkLikeTheSameFileWithout() throws Exception {
        String csv = HEADER_2025 + ROW;
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv.getBytes(UTF_8));
        Snapshot withBom = EpochCsv.parse("bom.csv", bom);
        assertEquals(parse(csv).models(), withBom.models());
        assertEquals("Model", withBom.columns().names().get(0));
        assertEquals(sha256(bom), withBom.provenance().sha256());
    }

    @Test
    void importsMixedLineEndingsLikeLfOnlyIncludingInsideQuotedFields() {
        String lf = HEADER_2025 + "\"A\nB\",d,\"t\n\nu\",o,2020-01-01,US,x\n" + ROW + ROW.replace("GPT-4", "GPT-5");
        String mixed = HEADER_2025.replace("\n", "\r\n") + "\"A\rB\",d,\"t\r\n\nu\",o,2020-01-01,US,x\r"
                + ROW.replace("\n", "\r\n") + ROW.replace("GPT-4", "GPT-5").replace("\n", "");
        Snapshot expected = parse(lf);
        Snapshot actual = parse(mixed);
        assertEquals(expected.models(), actual.models());
        assertEquals(expected.models().stream().map(ModelRecord::line).toList(),
                actual.models().stream().map(ModelRecord::line).toList());
    }

    @Test
    void staysLinearOnAHundredThousandMultiLineRows() {
        StringBuilder csv = new StringBuilder(HEADER_2025);
        for (int i = 0; i < 100_000; i++) {
            csv.append("\"Model ").append(i).append("\nsecond line\",Language,Chat,Org,2023-01-01,US,Industry\n");
        }
        byte[] bytes = csv.toString().getBytes(UTF_8);
        // Quadratic line counting would need ~10^11 steps here; linear needs well under a second.
        Snapshot s = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> EpochCsv.parse("big.csv", bytes));
        assertEquals(100_000, s.provenance().rows());
        assertEquals(2 + 2 * 99_999L, s.models().get(99_999).line());
    }

    // ---- syntax errors: line and character column ----

    @Test
    void rejectsAnUnclosedQuoteNamingItsLineAndColumn() {
        BadInputException e = rejects(HEADER_2025 + ROW + "GPT-5,Language,\"Chat,OpenAI,2025-08-07,US,Industry\n"
                + ROW);
        assertLocation(e, 3, 16);
        assertTrue(e.problem().startsWith("unclosed quote"), e.getMessage());
    }

    @Test
    void rejectsAStrayCharacterAfterAClosingQuoteNamingItsLineAndColumn() {
        BadInputException e = rejects(HEADER_2025 + ROW + "\"GPT \"5\",Language,Chat,OpenAI,2025-08-07,US,x\n");
        assertLocation(e, 3, 7);
        assertTrue(e.problem().contains("unexpected character '5'"), e.getMessage());
    }

    @Test
    void rejectsASpaceAfterAClosingQuoteRatherThanDroppingIt() {
        BadInputException e = rejects(HEADER_2025 + "\"GPT-5\" ,Language,Chat,OpenAI,2025-08-07,US,x\n");
        assertLocation(e, 2, 8);
        assertTrue(e.problem().contains("' ' (U+0020)"), e.getMessage());
    }

    @Test
    void locatesAStrayCharacterOnTheLastLineOfAMultiLineField() {
        BadInputException e = rejects(HEADER_2025 + "GPT-5,d,\"line one\r\nline two\"x,o,2025-08-07,US,x\n");
        assertLocation(e, 3, 10);
    }

    @Test
    void rejectsBytesThatAreNotUtf8NamingTheirLineAndCharacterColumn() {
        byte[] latin1 = (HEADER_2025 + ROW + "한국어 모델,Language,Chat,Caf\u00e9 AI,2023-01-01,KR,x\n")
                .getBytes(UTF_8);
        int e9 = indexOf(latin1, "Caf".getBytes(UTF_8)) + 3;
        latin1 = concat(Arrays.copyOf(latin1, e9), new byte[] {(byte) 0xE9}, Arrays.copyOfRange(latin1, e9 + 2,
                latin1.length));
        byte[] bytes = latin1;
        BadInputException e = assertThrows(BadInputException.class, () -> EpochCsv.parse("latin1.csv", bytes));
        assertLocation(e, 3, 25);
        assertTrue(e.problem().contains("0xE9") && e.problem().contains("UTF-8"), e.getMessage());
    }

    @Test
    void rejectsATruncatedUtf8SequenceAtTheEndOfTheFile() {
        byte[] bytes = concat((HEADER_2025 + ROW + "ab").getBytes(UTF_8), new byte[] {(byte) 0xED, (byte) 0x95});
        BadInputException e = assertThrows(BadInputException.class, () -> EpochCsv.parse("cut.csv", bytes));
        assertLocation(e, 3, 3);
    }

    // ---- header ----

    @Test
    void rejectsADuplicateHeaderNamingTheRepeatedField() {
        BadInputException e = rejects(HEADER_2025.replace("Task,", "Task,Domain,"));
        assertLocation(e, 1, 4);
        assertTrue(e.problem().contains("'Domain' (field 4) repeats 'Domain' (field 2)"), e.getMessage());
    }

    @Test
    void rejectsBothGenerationsNamesForTheSameColumn() {
        BadInputException e = rejects(HEADER_2025.replace("\n", ",System\n"));
        assertLocation(e, 1, 8);
        assertTrue(e.problem().contains("'System' (field 8) repeats 'Model' (field 1)"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyHeaderName() {
        assertLocation(rejects(HEADER_2025.replace("Task,", "Task,,")), 1, 4);
        assertLocation(rejects(HEADER_2025.replace("Task,", "Task,\"  \",")), 1, 4);
    }

    @Test
    void rejectsAMissingHeaderNameAfterATrailingComma() {
        BadInputException e = rejects(HEADER_2025.replace("\n", ",\n") + ROW.replace("\n", ",\n"));
        assertLocation(e, 1, 8);
        assertTrue(e.problem().contains("header field 8 is empty"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownSchemaNamingTheMissingRequiredFields() {
        BadInputException e = rejects("name,year\nGPT-4,2023\n");
        assertLocation(e, 1, 0);
        assertEquals("unknown schema: missing required fields [Model, Domain, Task, Organization, Publication date, "
                + "Country (of organization)]. Epoch's generations 2024, 2025, 2026 name them as "
                + "schema/epoch-fields.csv declares", e.problem());
    }

    @Test
    void namesTheNearestHeaderNamesPresentForEachMissingRequiredField() {
        BadInputException e = rejects(HEADER_2025.replace("Task,", "Tasks,").replace("Publication date,", "Pub date,")
                .replace("Country (of organization)", "Country"));
        assertLocation(e, 1, 0);
        assertTrue(e.problem().startsWith("unknown schema: missing required fields [Task, Publication date, "
                + "Country (of organization)]; nearest header names present: Task ~ 'Tasks'; Publication date ~ "
                + "'Pub date'; Country (of organization) ~ 'Country'. "), e.getMessage());
    }

    @Test
    void readsAFileWithoutTheOptionalOrganisationCategorizationAndSaysItLacksIt() {
        Snapshot s = parse(HEADER_2025.replace(",Organization categorization (from Organization)", "")
                + ROW.replace(",Industry", ""));
        assertTrue(s.provenance().missingFields().contains("Organization categorization (from Organization)"));
        assertEquals("", s.models().get(0).get(Field.ORGANIZATION_CATEGORIZATION));
        assertEquals("OpenAI", s.models().get(0).get(Field.ORGANIZATION));
    }

    @Test
    void listsTheOptionalFieldsAFileLacksAndTheColumnsNoFieldReads() {
        Provenance p = parse(HEADER_2024 + "PaLM 2,Language,Chat,Google,2023-05-10,US,Industry,a note\n").provenance();
        assertEquals(List.of("Link", "Parameters", "Training compute (FLOP)", "Training dataset size (datapoints)",
                "Training hardware", "Confidence", "Model accessibility", "Reference"), p.missingFields());
        assertEquals(List.of("Notes"), p.unusedColumns());
        assertTrue(p.missingFieldsNote().startsWith("this snapshot lacks optional fields: Link, Parameters, "),
                p.missingFieldsNote());
    }

    @Test
    void readsColumnsByNameWhateverTheirOrder() {
        Snapshot s = parse("Country (of organization),Extra,Publication date,Task,Organization,Domain,Model\n"
                + "United States of America,x,2023-03-15,Chat,OpenAI,Language,GPT-4\n");
        ModelRecord m = s.models().get(0);
        assertEquals(List.of("GPT-4", "Language", "Chat", "OpenAI", "2023-03-15", "United States of America"),
                List.of(m.name(), m.get(Field.DOMAIN), m.get(Field.TASK), m.get(Field.ORGANIZATION),
                        m.get(Field.PUBLICATION_DATE), m.get(Field.COUNTRY)));
        assertEquals(List.of("Extra"), s.provenance().unusedColumns());
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        for (String content : List.of("", "\uFEFF", "\r\n\n", "  \n")) {
            Path file = write("empty.csv", content);
            BadInputException e = assertThrows(BadInputException.class, () -> EpochCsv.read(file));
            assertEquals(file.toString(), e.source());
            assertLocation(e, 1, 1);
            assertTrue(e.problem().startsWith("empty file"), e.getMessage());
        }
    }

    @Test
    void acceptsAHeaderWithoutRows() {
        assertEquals(0, parse(HEADER_2025).provenance().rows());
    }

    // ---- records: line and field number ----

    @Test
    void rejectsARowWithTooFewFieldsNamingTheFirstMissingField() {
        BadInputException e = rejects(HEADER_2025 + ROW + "GPT-5,Language,Chat\n");
        assertLocation(e, 3, 4);
        assertEquals("the row has 3 fields but the header has 7", e.problem());
    }

    @Test
    void rejectsARowWithTooManyFieldsNamingTheFirstExtraField() {
        BadInputException e = rejects(HEADER_2025 + "\"multi\nline\"" + ROW.substring(5).replace("\n", ",extra\n"));
        assertLocation(e, 2, 8);
        assertEquals("the row has 8 fields but the header has 7", e.problem());
    }

    @Test
    void rejectsAFieldOverTheLimitNamingItsRecordAndField() {
        String huge = "x".repeat(EpochCsv.MAX_FIELD_CHARS + 1);
        assertLocation(rejects(HEADER_2025 + ROW + "GPT-5,Language," + huge + ",o,2025-01-01,US,x\n"), 3, 3);
        assertLocation(rejects(HEADER_2025 + ROW + "GPT-5,Language,\"" + huge + "\",o,2025-01-01,US,x\n"), 3, 3);
        assertEquals(1, parse(HEADER_2025 + "GPT-5,Language," + huge.substring(1) + ",o,2025-01-01,US,x\n")
                .provenance().rows());
    }

    @Test
    void rejectsAHundredMegabyteFieldQuicklyAndWithinBoundedMemory() throws Exception {
        Path file = dir.resolve("huge-field.csv");
        writeHundredMegabyteField(file);
        MemoryWatch memory = MemoryWatch.start();
        BadInputException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(BadInputException.class, () -> EpochCsv.read(file)));
        assertLocation(e, 2, 3);
        assertEquals("field 3 is longer than the limit of 1000000 characters", e.problem());
        // The bytes and the decoded text (~210 MB) suffice; also building the value took ~600 MB.
        assertTrue(memory.peakGrowthBytes() < 512L << 20, "heap grew by " + memory.peakGrowthBytes() + " bytes");
    }

    @Test
    void hintsAtAnUnclosedQuoteWhenAQuotedFieldRunsPastTheLimit() {
        BadInputException e = rejects(HEADER_2025 + "GPT-5,Language,\"" + "x\n".repeat(EpochCsv.MAX_FIELD_CHARS));
        assertLocation(e, 2, 3);
        assertTrue(e.problem().endsWith("its opening quote is never closed"), e.getMessage());
    }

    @Test
    void rejectsAnUnparseablePublicationDate() {
        for (String date : List.of("2023-02-30", "March 2023", "2023-3-15", "2023")) {
            BadInputException e = rejects(HEADER_2025 + ROW + ROW.replace("2023-03-15", date));
            assertLocation(e, 3, 5);
            assertTrue(e.problem().startsWith("unparseable publication date '" + date + "'"), e.getMessage());
        }
    }

    @Test
    void acceptsAnEmptyPublicationDate() {
        assertEquals("", parse(HEADER_2025 + ROW.replace("2023-03-15", " ")).models().get(0)
                .get(Field.PUBLICATION_DATE).strip());
    }

    @Test
    void rejectsAnEmptyModelNameNamingTheFileSColumn() {
        BadInputException e = rejects(HEADER_2024 + "  ,Language,Chat,Google,2023-05-10,US,Industry,\n");
        assertLocation(e, 2, 1);
        assertEquals("the model name is empty (column 'System', field 1)", e.problem());
    }

    // ---- files ----

    @Test
    void rejectsAMissingFile() {
        Path missing = dir.resolve("nope.csv");
        BadInputException e = assertThrows(BadInputException.class, () -> EpochCsv.read(missing));
        assertEquals(missing.toString(), e.source());
        assertEquals("no such file", e.problem());
    }

    @Test
    void rejectsAFileOverTheSizeLimitWithoutReadingIt() throws Exception {
        Path file = dir.resolve("sparse.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(EpochCsv.MAX_FILE_BYTES + 1);
        }
        BadInputException e = assertThrows(BadInputException.class, () -> EpochCsv.read(file));
        assertTrue(e.problem().contains("the limit is " + EpochCsv.MAX_FILE_BYTES), e.getMessage());
    }

    // ---- helpers ----

    static Snapshot parse(String csv) {
        return EpochCsv.parse("test.csv", csv.getBytes(UTF_8));
    }

    static BadInputException rejects(String csv) {
        BadInputException e = assertThrows(BadInputException.class, () -> parse(csv));
        assertEquals("test.csv", e.source());
        return e;
    }

    static void assertLocation(BadInputException e, long line, long column) {
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
        String where = column > 0 ? ", line " + line + ", column " + column + ": " : ", line " + line + ": ";
        assertTrue(e.getMessage().contains(where), e.getMessage());
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        ByteBuffer all = ByteBuffer.allocate(length);
        for (byte[] p : parts) {
            all.put(p);
        }
        return all.array();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, UTF_8);
    }

    /** Header, then one row whose third field is 100 MiB, written from one reused 1 MiB buffer. */
    private static void writeHundredMegabyteField(Path file) throws IOException {
        ByteBuffer chunk = ByteBuffer.wrap("x".repeat(1 << 20).getBytes(UTF_8));
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap((HEADER_2025 + "GPT-5,Language,\"").getBytes(UTF_8)));
            for (int i = 0; i < 100; i++) {
                out.write(chunk.rewind());
            }
            out.write(ByteBuffer.wrap("\",OpenAI,2025-08-07,US,Industry\n".getBytes(UTF_8)));
        }
    }
}
