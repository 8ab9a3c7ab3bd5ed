package org.modelcensus.functions.query;

/** The Excel error values a computation can yield. */
public enum ExcelError {
    VALUE("#VALUE!"), NA("#N/A"), NUM("#NUM!"), DIV0("#DIV/0!"), REF("#REF!");

    private final String text;

    ExcelError(String text) {
        this.text = text;
    }

    /** As Excel shows it, e.g. {@code #DIV/0!}. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
