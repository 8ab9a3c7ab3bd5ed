package org.modelcensus.server.cli;

import java.io.PrintWriter;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.report.PreviewModels;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.YearCoverage;

/**
 * The notes on what an edition reads from the data, on standard error in the locale's language: the data ends
 * before the edition's years do; a table lists a preview model.
 */
final class YearsNote {
    private YearsNote() {
    }

    /**
     * Prints {@code # <note>} when the data does not reach December of the edition's last year; not for the
     * bundled sample, a handful of models whose note already says its counts are not the report's.
     */
    static void print(PrintWriter err, NormalizedDataset data) {
        YearCoverage coverage = YearCoverage.of(data);
        if (!coverage.complete() && !data.provenance().sample()) {
            err.println("# " + coverage.note(Lang.koreanLocale(System.getenv())));
            err.flush();
        }
    }

    /** Prints one {@code # <note>} line per table that lists a model Epoch marks as a preview. */
    static void printPreviews(PrintWriter err, Report report) {
        PreviewModels.in(report).forEach((table, models) ->
                err.println("# " + PreviewModels.note(table, models, Lang.koreanLocale(System.getenv()))));
        err.flush();
    }
}
