package org.modelcensus.workbook.evaluate;

/** An uploaded workbook this code will not evaluate, with the reason (which a server maps to a status). */
public final class WorkbookRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a workbook is refused. */
    public enum Reason {
        /** Not a zip, not an .xlsx, or XML that declares a DOCTYPE. */
        MALFORMED,
        /** More bytes, entries, sheets, cells or XML elements than the limits allow, or a zip bomb. */
        TOO_LARGE,
        /** Readable and within size, but its formulas cannot be evaluated within the limits (or form a cycle). */
        TOO_COSTLY
    }

    private final Reason reason;

    public WorkbookRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
