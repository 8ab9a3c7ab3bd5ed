package org.modelcensus.functions.check;

import java.util.List;
import org.modelcensus.functions.corrections.Corrections;
import org.modelcensus.functions.query.CellKey;

/**
 * One row of an explanation ledger: one cause of one printed cell, where it is written, and what
 * verifies it — the hypothesis file's corrections for a data kind, the expression for a report kind.
 *
 * @param source     the ledger file
 * @param line       its line
 * @param evidenceKo the evidence in Korean (column {@code evidence_ko}; empty when the ledger has none)
 * @param models     the model names concerned (may be empty for report kinds and {@code open})
 * @param hypothesis the hypothesis as written (file name, expression or empty)
 * @param data       the hypothesis file's corrections (data kinds), else null
 * @param expression the parsed expression (report kinds), else null
 */
public record Cause(String source, long line, String evidenceKo, CellKey cell, CauseKind kind, List<String> models, String evidence,
        Strength strength, String hypothesis, Corrections data, Expression expression) {

    public Cause {
        models = List.copyOf(models);
    }

    /** Evidence strength, the ledger's {@code strength} column. */
    public enum Strength {
        STRONG, MEDIUM, WEAK, SPECULATIVE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The evidence in Korean when the ledger gives it, else the English. */
    public String evidence(boolean korean) {
        return korean && !evidenceKo.isBlank() ? evidenceKo : evidence;
    }

    /** Where the row is written, e.g. {@code ledger/spri-2025.csv:12}. */
    public String where() {
        return source + ":" + line;
    }
}
