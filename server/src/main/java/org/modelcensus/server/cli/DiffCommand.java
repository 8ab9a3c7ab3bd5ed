package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.modelcensus.functions.dataset.Questionable;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.diff.SnapshotDiff;
import org.modelcensus.functions.export.CsvExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diff", description = "List the models added, removed and changed (field by field) from snapshot A to snapshot B.")
final class DiffCommand implements Callable<Integer> {
    private static final int MAX_VALUE_CHARS = 120;

    @Mixin
    SnapshotPair snapshots;

    @Option(names = "--format", defaultValue = "text", description = "text or csv (change,model,field,old,new) (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Formats.require(format, "text", "csv");
        Snapshot first = snapshots.readA();
        Snapshot second = snapshots.readB();
        SnapshotDiff diff = SnapshotDiff.of(first, second);
        List<Questionable> questionable = new ArrayList<>(first.questionable());
        questionable.addAll(second.questionable());
        DataOptions.printMissingFields(spec.commandLine().getErr(), "A: ", diff.a());
        DataOptions.printMissingFields(spec.commandLine().getErr(), "B: ", diff.b());
        QuestionableNotes.print(spec.commandLine().getErr(), questionable, false);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("csv")) {
            out.println(CsvExport.row(SnapshotDiff.HEADER));
            diff.rows().forEach(r -> out.println(CsvExport.row(r)));
        } else {
            printText(diff, out);
        }
        out.flush();
        return 0;
    }

    private void printText(SnapshotDiff diff, PrintWriter out) {
        out.println("A: " + diff.a().describe());
        out.println("B: " + diff.b().describe());
        out.printf(lang.text("링크로 %d개, 이름으로 %d개 모델을 맞춤%n", "matched %d models by link and %d by name%n"),
                diff.matchedByLink(), diff.matchedByName());
        printColumns(out, lang.text("A에만 있는 열", "columns only in A"), diff.columnsOnlyInA());
        printColumns(out, lang.text("B에만 있는 열", "columns only in B"), diff.columnsOnlyInB());
        out.println(lang.text("추가", "added") + " (" + diff.added().size() + "):");
        diff.added().forEach(c -> out.println("  + " + Formats.oneLine(c.model())));
        out.println(lang.text("삭제", "removed") + " (" + diff.removed().size() + "):");
        diff.removed().forEach(c -> out.println("  - " + Formats.oneLine(c.model())));
        printChanged(diff.changed(), out);
    }

    private static void printColumns(PrintWriter out, String label, List<String> columns) {
        out.println(label + " (" + columns.size() + ")" + (columns.isEmpty() ? "" : ": " + String.join(", ", columns)));
    }

    private void printChanged(List<SnapshotDiff.Change> changed, PrintWriter out) {
        long models = changed.stream().map(SnapshotDiff.Change::model).distinct().count();
        out.println(lang.text("변경 (모델 " + models + "개, 필드 " + changed.size() + "개):",
                "changed (" + models + " models, " + changed.size() + " fields):"));
        String current = null;
        for (SnapshotDiff.Change c : changed) {
            if (!c.model().equals(current)) {
                current = c.model();
                out.println("  ~ " + Formats.oneLine(current));
            }
            out.println("      " + c.field() + ": " + shown(c.oldValue()) + " → " + shown(c.newValue()));
        }
    }

    /** A value on one line, quoted, long ones cut (the CSV format has them whole). */
    private static String shown(String value) {
        String s = Formats.oneLine(value);
        return "\"" + (s.length() > MAX_VALUE_CHARS ? s.substring(0, MAX_VALUE_CHARS) + "…" : s) + "\"";
    }
}
