package org.modelcensus.server.functions;

import java.util.Locale;
import java.util.stream.Collectors;
import org.modelcensus.functions.spreadsheet.Dimensionality;
import org.modelcensus.functions.spreadsheet.Parameter;
import org.modelcensus.functions.spreadsheet.SpreadsheetFunction;

/**
 * The add-in's help page, {@code GET /addin/functions.html}: the function reference of
 * {@code docs/functions.md} as HTML, one section per function under the same anchor
 * ({@code #count}), which the {@code helpUrl} of each function in {@code functions.json} points at.
 * Served by the server the add-in calls, so the help always describes the functions that server runs.
 */
final class AddinHelpPage {
    /** The page's path on the server. */
    static final String PATH = "/addin/functions.html";
    /** Nothing but the page's own inline style: no scripts, no outside resources. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private AddinHelpPage() {
    }

    /** The page as HTML. */
    static String html(FunctionRegistry registry) {
        StringBuilder html = new StringBuilder(8192).append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Model Census functions</title>
                <style>
                body { font-family: "Segoe UI", system-ui, sans-serif; font-size: 14px; margin: 12px; color: #222; }
                table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; }
                code { font-size: 13px; } section { margin-top: 18px; }
                </style>
                </head>
                <body>
                <h1>Model Census functions</h1>
                <p>Use them in Excel as <code>=CENSUS.NAME(...)</code>. Blank or omitted optional arguments mean
                "any" or the default. A cell shows <code>#VALUE!</code> for a wrong type of argument and <code>#N/A</code>
                when there is nothing to count, each with its reason on the error indicator; <code>#NUM!</code> and
                <code>#DIV/0!</code> carry no reason in Excel.</p>
                <ul>
                """);
        for (SpreadsheetFunction f : registry.functions()) {
            html.append("<li><a href=\"#").append(FunctionReference.anchor(f)).append("\">")
                    .append(escape(FunctionReference.signature(f))).append("</a></li>\n");
        }
        html.append("</ul>\n");
        registry.functions().forEach(f -> section(html, f));
        return html.append("</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder html, SpreadsheetFunction f) {
        html.append("<section id=\"").append(FunctionReference.anchor(f)).append("\">\n<h2>").append(escape(f.name()))
                .append("</h2>\n<p><code>").append(FunctionRegistry.NAMESPACE).append('.')
                .append(escape(FunctionReference.signature(f))).append("</code></p>\n<p>")
                .append(escape(f.description())).append("</p>\n");
        if (!f.parameters().isEmpty()) {
            html.append("<table>\n<tr><th>Parameter</th><th>Type</th><th>Required</th><th>Description</th></tr>\n");
            for (Parameter p : f.parameters()) {
                html.append("<tr><td><code>").append(escape(p.name())).append("</code></td><td>")
                        .append(p.type().name().toLowerCase(Locale.ROOT)).append("</td><td>")
                        .append(p.optional() ? "no" : "yes").append("</td><td>").append(escape(p.description()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<p>").append(f.dimensionality() == Dimensionality.MATRIX
                ? "Result: rows without a header, columns " + f.resultColumns().stream().map(AddinHelpPage::escape)
                        .collect(Collectors.joining(", ")) + " (a spill range, or an array formula in older Excel)."
                : "Result: one value.").append("</p>\n</section>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
