package org.modelcensus.functions.drift;

/**
 * A drift that would list more model lines than its caller can hold in memory (e.g. two unrelated
 * 28,000-model snapshots: about 700,000 lines of ~1 KiB each). The message names the limit.
 */
public final class DriftTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    DriftTooLargeException(long limit) {
        super("the drift lists more than " + String.format("%,d", limit) + " model lines (about "
                + (Drift.BYTES_PER_MODEL_LINE * limit >> 20) + " MiB): more than this process can hold; compare "
                + "snapshots closer in time, or give it more heap (-Xmx)");
        this.limit = limit;
    }

    /** The most model lines the drift was allowed. */
    public long limit() {
        return limit;
    }
}
