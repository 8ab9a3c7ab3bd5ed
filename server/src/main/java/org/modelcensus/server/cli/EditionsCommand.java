package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.modelcensus.functions.edition.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "editions", description = "List the built-in report editions (id, years, tables, printed figures, "
        + "title); with FILEs, check those edition files and list them too.")
final class EditionsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "edition files of one's own to check and list")
    List<Path> files = new ArrayList<>();

    @Mixin
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Edition> editions = new ArrayList<>(Edition.builtIns());
        files.forEach(f -> editions.add(Edition.load(f)));
        PrintWriter out = spec.commandLine().getOut();
        out.println(Formats.pad(lang.text("판", "id"), 12) + " " + Formats.pad(lang.text("연도", "years"), 9) + " "
                + Formats.padLeft(lang.text("표 수", "tables"), 6) + "  " + Formats.pad(lang.text("발간", "printed"), 7) + "  "
                + lang.text("제목", "title"));
        for (Edition e : editions) {
            String printed = e.publishedFigures().isPresent() ? lang.text("예", "yes") : lang.text("아니오", "no");
            out.printf("%-12s %-9s %6d  %s  %s%n", e.id(), e.firstYear() + "-" + e.lastYear(), e.tables().size(),
                    Formats.pad(printed, 7), e.title());
        }
        return 0;
    }
}
