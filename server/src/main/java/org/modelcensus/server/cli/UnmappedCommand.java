package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modelcensus.functions.export.CsvExport;
import org.modelcensus.functions.normalize.Unmapped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "unmapped", description = "List every value a table reads that no mapping covers (countries, models "
        + "without a country, organisation countries, parents and types, domains, domain labels, tasks, hardware), with "
        + "the mapping file to classify it in; the last line counts them. --strict exits 2 when the count is not 0.")
final class UnmappedCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Option(names = "--format", defaultValue = "text", description = "text or csv (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Formats.require(format, "text", "csv");
        Unmapped unmapped = Unmapped.of(options.normalized());
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("csv")) {
            options.printNotes(spec.commandLine().getErr());
            out.println(CsvExport.row("kind", "file", "value", "models", "example", "detail"));
            unmapped.items().forEach(i -> out.println(CsvExport.row(i.kind().name().toLowerCase(Locale.ROOT),
                    i.kind().file(), i.value(), i.models(), i.example(), i.detail())));
            spec.commandLine().getErr().println(countLine(unmapped, lang.korean()));
        } else {
            options.printNotes(out);
            printText(unmapped, out);
        }
        out.flush();
        return options.strict && !unmapped.isEmpty() ? 2 : options.warnQuestionable();
    }

    /** The last line of the output: the number {@code --strict} tests. */
    static String countLine(Unmapped unmapped, boolean korean) {
        return korean ? "매핑되지 않은 값 " + unmapped.count() + "개"
                : unmapped.count() + " unmapped value" + (unmapped.count() == 1 ? "" : "s");
    }

    /** The Korean name of a kind of unmapped value, e.g. 과업 라벨 for {@code task}. */
    static String korean(Unmapped.Kind kind) {
        return switch (kind) {
            case COUNTRY -> "국가";
            case MODEL_COUNTRY -> "국가 없는 모델";
            case ORG_COUNTRY -> "조직 국가";
            case ORG_PARENT -> "모회사";
            case ORG_TYPE -> "조직 유형";
            case ORG_CATEGORY -> "유형 없는 조직";
            case DOMAIN -> "분야";
            case DOMAIN_LABEL -> "분야 라벨";
            case TASK -> "과업 라벨";
            case HARDWARE -> "하드웨어";
        };
    }

    private String detail(Unmapped.Item i) {
        if (i.detail().isEmpty()) {
            return "";
        }
        return switch (i.kind()) {
            case ORG_COUNTRY -> lang.text(" — Epoch 표기: ", " — Epoch lists: ") + i.detail();
            case MODEL_COUNTRY -> lang.text(" — 개발조직: ", " — organisations: ") + i.detail();
            case ORG_PARENT -> lang.text(" — 상위 조직일 수 있음: ", " — perhaps part of: ") + i.detail();
            default -> " — " + i.detail();
        };
    }

    private void printText(Unmapped unmapped, PrintWriter out) {
        out.printf(lang.text("%s, %s 매핑%n", "%s, %s mappings%n"), options.snapshot().provenance().describe(),
                options.edition().id());
        for (Unmapped.Item i : unmapped.items()) {
            String models = lang.korean() ? String.format(Locale.ROOT, "모델 %3d개, 예: ", i.models())
                    : String.format(Locale.ROOT, "%3d model%s, e.g. ", i.models(), i.models() == 1 ? " " : "s");
            out.printf("  %-18s %-40s %s%s%s%n", i.kind().file(), i.value(), models, Formats.oneLine(i.example()),
                    Formats.oneLine(detail(i)));
        }
        out.println(countLine(unmapped, lang.korean()));
    }
}
