package org.modelcensus.functions.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The project's own sample dataset: a few models written from facts printed in the SPRI report
 * texts (not Epoch data), used when no {@code --data} is given. Its provenance says
 * {@code sample=true}, and every output made from it labels itself as a sample.
 *
 * <p>Example: {@code Snapshot s = SampleData.snapshot();}
 */
public final class SampleData {
    /** Classpath location of the sample CSV (Epoch 2025 schema plus {@code Source} and {@code Notes}). */
    public static final String RESOURCE = "/sample/sample-models.csv";
    /** The {@link Provenance#source()} of the sample. */
    public static final String SOURCE = "sample (Model Census, from SPRI report texts)";
    /** What the reader of an output made from the sample must know, as outputs print it. */
    public static final String NOTE = "SAMPLE DATA: no --data given, so this runs on the project's small sample "
            + "written from facts printed in the SPRI report texts, not on Epoch AI's dataset; its counts are not the "
            + "reports'. Pass --data FILE|URL for real figures.";

    private SampleData() {
    }

    /** The sample as an imported snapshot with {@code provenance().sample() == true}. */
    public static Snapshot snapshot() {
        return EpochCsv.parse(SOURCE, bytes(), true);
    }

    /** The raw bytes of the sample CSV. */
    public static byte[] bytes() {
        try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
