package org.modelcensus.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.export.CsvExport;
import org.modelcensus.functions.report.ComputedCell;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.functions.spreadsheet.FunctionResult;
import org.modelcensus.functions.spreadsheet.SpreadsheetFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "function", mixinStandardHelpOptions = true, description = {"Call a spreadsheet function, e.g. function COUNT 2024 2024 KR.",
    "Prints the value (rows as CSV), or the Excel error and why on the next line; a note on a value goes to stderr.",
    "Numeric arguments are numbers, others text, \"\" a blank."})
final class FunctionCommand implements Callable<Integer> {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    @Mixin
    DataOptions options;

    @Parameters(index = "0", paramLabel = "NAME", description = "function name, e.g. CAGR, COUNT, COUNTRY_RANK")
    String name;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "arguments in order")
    List<String> args = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<SpreadsheetFunction> dataFree = FunctionCatalog.withoutData(name);
        if (dataFree.isPresent()) {
            // CAGR reads no snapshot: no data is loaded, so no note about the sample.
            print(dataFree.get().call(arguments(args)));
            return 0;
        }
        options.printNotes(spec.commandLine().getErr());
        if (options.warnQuestionable() != 0) {
            return 2;
        }
        FunctionCatalog catalog = options.run().catalog();
        SpreadsheetFunction function = catalog.find(name).orElseThrow(() -> new BadInputException("function", 0, 0,
                "unknown function '" + name + "'; known: "
                        + String.join(", ", catalog.functions().stream().map(SpreadsheetFunction::name).toList())));
        print(function.call(arguments(args)));
        return 0;
    }

    /** Arguments as a spreadsheet would pass them: numbers, text, or null for "". */
    static List<Object> arguments(List<String> raw) {
        List<Object> values = new ArrayList<>(raw.size());
        for (String a : raw) {
            values.add(a.isEmpty() ? null : NUMBER.matcher(a.strip()).matches() ? (Object) Double.valueOf(a.strip()) : a);
        }
        return values;
    }

    private void print(FunctionResult result) {
        var out = spec.commandLine().getOut();
        if (result.value() instanceof List<?> rows) {
            for (Object row : rows) {
                out.println(CsvExport.row((List<?>) row));
            }
        } else {
            out.println(ComputedCell.format(result.value()));
        }
        if (!result.message().isEmpty()) {
            (result.isError() ? out : spec.commandLine().getErr()).println(result.message());
        }
    }
}
