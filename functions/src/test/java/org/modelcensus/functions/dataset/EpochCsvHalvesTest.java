package org.modelcensus.functions.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A large file read in two halves on two cores reads exactly as in one pass: records, lines, questions, errors. */
class EpochCsvHalvesTest {
    private static final byte[] SYNTHETIC = SyntheticSnapshot.generate(3_000, 11);

    private static Snapshot inHalves(byte[] bytes) {
        return EpochCsv.parse("f.csv", bytes, false, EpochSchema.builtIn(), 1);
    }

    private static Snapshot inOnePass(byte[] bytes) {
        return EpochCsv.parse("f.csv", bytes, false, EpochSchema.builtIn(), Integer.MAX_VALUE);
    }

    private static void assertSameRead(byte[] bytes) {
        Snapshot one = inOnePass(bytes);
        Snapshot two = inHalves(bytes);
        assertEquals(one.models(), two.models());
        assertEquals(one.models().stream().map(ModelRecord::line).toList(), two.models().stream().map(ModelRecord::line).toList());
        assertEquals(one.questionable(), two.questionable());
        assertEquals(one.provenance().sha256(), two.provenance().sha256());
    }

    /** {@code text} with {@code insert} put at the start of the line that starts after {@code fraction} of it. */
    private static byte[] withLine(String text, double fraction, String insert) {
        int at = text.indexOf("\nSynthetic model", (int) (text.length() * fraction)) + 1;
        return (text.substring(0, at) + insert + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheSameRecordsLinesAndQuestions() {
        String text = new String(SYNTHETIC, StandardCharsets.UTF_8);
        assertSameRead(SYNTHETIC);
        assertSameRead(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        // A name of the first half again late in the second, and a stray quote in an unquoted field before the middle.
        String first = text.substring(text.indexOf('\n') + 1, text.indexOf("\nSynthetic model 2") + 1);
        assertSameRead(withLine(text, 0.9, first));
        String stray = text.replaceFirst(",Industry\n", ",Indu\"stry\n");
        assertTrue(!stray.equals(text));
        assertSameRead(stray.getBytes(StandardCharsets.UTF_8));
        assertTrue(inHalves(withLine(text, 0.9, first)).questionable().stream()
                .anyMatch(q -> q.toString().contains("is also on line 2")));
    }

    @Test
    void splitsWhereARecordStartsThoughMostLineBreaksAreQuoted() {
        String text = new String(SYNTHETIC, StandardCharsets.UTF_8);
        int headerEnd = text.indexOf('\n') + 1;
        int fields = inOnePass(SYNTHETIC).columns().size();
        int split = EpochCsv.splitPoint("f.csv", SYNTHETIC, headerEnd, fields);
        assertTrue(split > SYNTHETIC.length / 2, "a split past the middle: " + split);
        // The two halves, each read as a file of its own, hold every record once.
        String head = text.substring(0, headerEnd);
        byte[] firstHalf = java.util.Arrays.copyOfRange(SYNTHETIC, 0, split);
        byte[] secondHalf = (head + new String(SYNTHETIC, split, SYNTHETIC.length - split, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(inOnePass(SYNTHETIC).models().size(),
                inOnePass(firstHalf).models().size() + inOnePass(secondHalf).models().size());
    }

    @Test
    void readsInOnePassWhenTheSplitFallsInsideAQuotedField() {
        String text = new String(SYNTHETIC, StandardCharsets.UTF_8);
        // A model whose quoted name holds 40 whole rows and the middle of the file: the split looks right there,
        // and only the first half's read finds it inside a field.
        int fields = inOnePass(SYNTHETIC).columns().size();
        String row = "Inner model" + ",".repeat(fields - 1) + "\n";
        String quoting = "\"Quoting model\n" + row.repeat(40) + "\"" + ",".repeat(fields - 1) + "\n";
        int at = text.indexOf("\nSynthetic model", text.length() / 2 - quoting.length() / 4) + 1;
        String withQuoting = text.substring(0, at) + quoting + text.substring(at);
        byte[] bytes = withQuoting.getBytes(StandardCharsets.UTF_8);
        int headerEnd = withQuoting.indexOf('\n') + 1;
        int split = EpochCsv.splitPoint("f.csv", bytes, headerEnd, fields);
        int quotingStart = withQuoting.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(split > quotingStart && split < quotingStart + quoting.length(), "the split falls in the quoted name");
        assertSameRead(bytes);
    }

    @Test
    void reportsTheFirstProblemOfTheFile() {
        String text = new String(SYNTHETIC, StandardCharsets.UTF_8);
        for (byte[] bad : List.of(withLine(text, 0.8, "short,row\n"), withLine(text, 0.2, "short,row\n"),
                withLine(new String(withLine(text, 0.8, "short,row\n"), StandardCharsets.UTF_8), 0.3, "\"never closed\n"))) {
            BadInputException one = assertThrows(BadInputException.class, () -> inOnePass(bad));
            BadInputException two = assertThrows(BadInputException.class, () -> inHalves(bad));
            assertEquals(one.getMessage(), two.getMessage());
        }
    }
}
