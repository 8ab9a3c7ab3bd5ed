package org.modelcensus.server.functions;

import java.util.stream.Collectors;
import org.modelcensus.functions.spreadsheet.Dimensionality;
import org.modelcensus.functions.spreadsheet.Parameter;
import org.modelcensus.functions.spreadsheet.SpreadsheetFunction;

/**
 * The function reference ({@code docs/functions.md}) generated from the registry;
 * {@code FunctionReferenceTest} fails when the committed file differs (rewrite it with
 * {@code -Dcensus.writeDocs=true}).
 */
public final class FunctionReference {
    private FunctionReference() {
    }

    /** The reference as Markdown. */
    public static String markdown(FunctionRegistry registry) {
        StringBuilder md = new StringBuilder();
        md.append("# Function reference\n\n")
                .append("<!-- Generated from the function registry by FunctionReference; do not edit by hand. -->\n\n")
                .append("The same functions, with the same ids, are available as Excel custom functions through the ")
                .append("add-in (`=CENSUS.COUNT(2024,2024,\"KR\")`, see [addin.md](addin.md)), in workbooks evaluated ")
                .append("by the server (Apache POI), through `POST /api/v1/functions/{NAME}` and ")
                .append("`POST /api/v1/functions:batch`, and with `./census function NAME ARGS...`.\n\n")
                .append("Blank or omitted optional arguments mean \"any\" or the default. Bad arguments give the Excel ")
                .append("error a user expects (`#VALUE!`, `#N/A`, `#NUM!`, `#DIV/0!`) with a message; Excel shows the ")
                .append("message only for `#VALUE!` and `#N/A` (see [addin.md](addin.md)), the API and the CLI for all.\n\n");
        for (SpreadsheetFunction f : registry.functions()) {
            md.append("- [").append(signature(f)).append("](#").append(anchor(f))
                    .append(")\n");
        }
        for (SpreadsheetFunction f : registry.functions()) {
            section(md, f);
        }
        return md.toString();
    }

    private static void section(StringBuilder md, SpreadsheetFunction f) {
        md.append("\n## ").append(f.name()).append("\n\n")
                .append("`").append(FunctionRegistry.NAMESPACE).append('.').append(signature(f)).append("`\n\n")
                .append(f.description()).append("\n\n");
        if (!f.parameters().isEmpty()) {
            md.append("| Parameter | Type | Required | Description |\n|---|---|---|---|\n");
            for (Parameter p : f.parameters()) {
                md.append("| `").append(p.name()).append("` | ").append(p.type().name().toLowerCase(java.util.Locale.ROOT))
                        .append(" | ").append(p.optional() ? "no" : "yes").append(" | ")
                        .append(p.description().replace("|", "\\|")).append(" |\n");
            }
            md.append('\n');
        }
        if (f.dimensionality() == Dimensionality.MATRIX) {
            md.append("Result: rows without a header, columns ")
                    .append(f.resultColumns().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
                    .append(" (an array formula or a spill range in Excel; an array of rows in JSON).\n");
        } else {
            md.append("Result: one value.\n");
        }
    }

    /** A function's anchor in this reference and on the add-in's help page: its name in lower case ({@code count}). */
    static String anchor(SpreadsheetFunction f) {
        return f.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code NAME(required, [optional])}. */
    static String signature(SpreadsheetFunction f) {
        return f.name() + "(" + f.parameters().stream().map(p -> p.optional() ? "[" + p.name() + "]" : p.name())
                .collect(Collectors.joining(", ")) + ")";
    }
}
