package org.modelcensus.server.cli;

import java.io.PrintWriter;
import org.modelcensus.functions.dataset.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** Entry point of {@code ./census}. */
@Command(name = "census", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = Census.VERSION,
        description = "Model Census: reproducible counts of large-scale AI models from Epoch AI snapshots.",
        subcommands = {TablesCommand.class, CheckCommand.class, FunctionCommand.class, DiffCommand.class,
            UnmappedCommand.class, ExportCommand.class, WorkbookCommand.class, ServeCommand.class, BenchCommand.class,
            WorkbookBenchCommand.class, EditionsCommand.class})
public final class Census {
    /** The tool and version, as outputs name their generator. */
    public static final String VERSION = "census 0.1.0";

    /** Exit code for bad input (a file, a URL, an argument). */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        // Apache POI logs through the Log4j API; without this it warns that no logging backend is present.
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Census());
        cli.getSubcommands().values().forEach(c -> c.getCommandSpec().mixinStandardHelpOptions(true));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException bad) {
                commandLine.getErr().println("census: " + bad.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        int code = cli.execute(args);
        return code == CommandLine.ExitCode.USAGE ? BAD_INPUT : code;
    }
}
