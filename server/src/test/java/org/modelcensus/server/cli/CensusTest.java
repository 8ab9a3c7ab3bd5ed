package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CensusTest {
    @Test
    void listsEveryCommandInItsHelp() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.code());
        for (String command : new String[] {"tables", "check", "diff", "drift", "unmapped", "export"}) {
            assertTrue(r.out().contains("\n  " + command + " "), command + " in\n" + r.out());
        }
    }

    @Test
    void aCommandBuiltAloneHelpsAndParsesAsInTheWholeTree() {
        for (Class<?> command : Census.COMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            if (name.equals("help")) {
                continue;
            }
            assertEquals(java.util.List.of(command), Census.commandsFor(new String[] {name, "--help"}), name);
            Cli alone = Cli.run(name, "--help");
            Cli inTree = Cli.run("help", name);
            assertEquals(0, alone.code(), alone.err());
            assertEquals(inTree.out(), alone.out(), name);
            assertEquals(2, Cli.run(name, "--no-such-option").code(), name);
        }
        assertEquals(Census.COMMANDS, Census.commandsFor(new String[] {"tabels"}));
        assertTrue(Cli.run("tabels").err().contains("Did you mean: census tables"));
    }

    @Test
    void offersTheCorrectionsOptionOnEveryDataReadingCommand() {
        for (String command : new String[] {"tables", "check", "unmapped", "export"}) {
            assertTrue(Cli.run(command, "--help").out().contains("--corrections=FILE"), command);
        }
    }

    @Test
    void helpIsACommandForAllAndForOneCommand() {
        Cli all = Cli.run("help");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("\n  check "), all.out());
        Cli check = Cli.run("help", "check");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("Usage: census check"), check.out());
        assertEquals(2, Cli.run("help", "nope").code());
    }

    @Test
    void benchWithoutARealSnapshotSaysSoInsteadOfPrintingAnEmptyTable() {
        // The tests run in server/, where ../shared is not beside the repository.
        Cli none = Cli.run("bench", "--synthetic", "0");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no real snapshot") && none.err().contains("nothing to measure"), none.err());
        Cli synthetic = Cli.run("bench", "--synthetic", "50", "--runs", "1", "--warmup", "1", "--warmup-seconds", "0");
        assertEquals(0, synthetic.code(), synthetic.err());
        assertTrue(synthetic.out().contains("# no real snapshot"), synthetic.out());
        assertTrue(synthetic.out().contains("synthetic 50"), synthetic.out());
    }
}
