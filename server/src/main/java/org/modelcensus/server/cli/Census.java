package org.modelcensus.server.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.io.UncheckedIOException;
import java.util.List;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.drift.DriftTooLargeException;
import org.modelcensus.server.store.CorruptSnapshotException;
import org.modelcensus.server.store.SnapshotTooLargeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/** Entry point of {@code ./census}. */
@Command(name = "census", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = Census.VERSION,
        description = "Model Census: reproducible counts of large-scale AI models from Epoch AI snapshots.")
public final class Census {
    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, TablesCommand.class, CheckCommand.class,
            FunctionCommand.class, DiffCommand.class, DriftCommand.class, UnmappedCommand.class, ExportCommand.class,
            WorkbookCommand.class, ServeCommand.class, BenchCommand.class, WorkbookBenchCommand.class,
            EditionsCommand.class, LedgerCommand.class, HelpCommand.class);

    /** The tool and version, as outputs name their generator. */
    public static final String VERSION = "census 0.1.0";

    /** Exit code for bad input (a file, a URL, an argument). */
    public static final int BAD_INPUT = 2;

    /** Exit code for a failure that is not the input's fault, such as a full disk under the snapshot store. */
    public static final int FAILED = 1;

    public static void main(String[] args) {
        // Apache POI logs through the Log4j API; without this it warns that no logging backend is present.
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        Charset charset = Lang.terminalCharset(System.getenv());
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true)));
    }

    /**
     * The subcommand the arguments name, alone; every subcommand when they name none (help, a typo,
     * an option). Picocli reads each command's options by reflection, about 20 ms a command on a cold
     * JVM, so a command line builds only the command it runs.
     */
    static List<Class<?>> commandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command != HelpCommand.class && command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    /** The command tree that parses {@code args}: the top command and {@link #commandsFor} them. */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Census());
        for (Class<?> command : commandsFor(args)) {
            CommandLine sub = new CommandLine(command);
            sub.getCommandSpec().mixinStandardHelpOptions(true);
            cli.addSubcommand(sub);
        }
        return cli;
    }

    /** Runs a command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException || e instanceof SnapshotTooLargeException
                    || e instanceof DriftTooLargeException) {
                commandLine.getErr().println("census: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof UncheckedIOException || e instanceof CorruptSnapshotException) {
                // A store or disk failure (full disk, permissions, a file changed on disk): one line, not a stack trace.
                commandLine.getErr().println("census: " + e.getMessage());
                return FAILED;
            }
            throw e;
        });
        int code = cli.execute(args);
        return code == CommandLine.ExitCode.USAGE ? BAD_INPUT : code;
    }
}
