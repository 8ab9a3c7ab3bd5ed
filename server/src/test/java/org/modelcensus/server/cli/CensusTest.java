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
    void offersTheCorrectionsOptionOnEveryDataReadingCommand() {
        for (String command : new String[] {"tables", "check", "unmapped", "export"}) {
            assertTrue(Cli.run(command, "--help").out().contains("--corrections=FILE"), command);
        }
    }
}
