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
        if (lang.korean()) {
            out.printf("%-12s %-9s %6s  %-7s  %s%n", "판(id)", "연도", "표", "발간", "제목");
        } else {
            out.printf("%-12s %-9s %6s  %-7s  %s%n", "id", "years", "tables", "printed", "title");
        }
        for (Edition e : editions) {
            String printed = e.publishedFigures().isPresent() ? lang.text("예", "yes") : lang.text("아니오", "no");
            out.printf("%-12s %-9s %6d  %-7s  %s%n", e.id(), e.firstYear() + "-" + e.lastYear(), e.tables().size(),
                    printed, e.title());
        }
        return 0;
    }
}
