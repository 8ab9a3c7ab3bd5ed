package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in arguments and the environment are one line on stderr and exit 2, never a stack trace. */
class CliErrorsTest {
    @TempDir
    Path dir;

    private static void assertOneLine(Cli r, String expectedStart) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(expectedStart), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aPortOutOfRangeIsOneLine() {
        assertOneLine(Cli.run("serve", "--port", "99999"), "census: --port: 99999 is not a TCP port; use 0 to 65535");
        assertOneLine(Cli.run("serve", "--port", "-1"), "census: --port: -1 is not a TCP port; use 0 to 65535");
    }

    @Test
    void aBusyPortIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            // Jetty binds every interface; a loopback-only listener still makes that port busy on Linux.
            Cli r = Cli.run("serve", "--port", Integer.toString(port));
            assertOneLine(r, "census: --port: port " + port + " is already in use");
        }
    }

    @Test
    void aWorkbookIntoAMissingDirectoryIsOneLine() {
        Path out = dir.resolve("no/such/dir/out.xlsx");
        assertOneLine(Cli.run("workbook", "--out", out.toString()), "census: --out: cannot write " + out);
    }

    @Test
    void aWorkbookIntoAnUnwritableDirectoryIsOneLine() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false));
        try {
            assumeFalse(Files.isWritable(locked), "running as root: nothing is unwritable");
            Path out = locked.resolve("out.xlsx");
            assertOneLine(Cli.run("workbook", "--out", out.toString()), "census: --out: cannot write " + out);
        } finally {
            locked.toFile().setWritable(true);
        }
    }
}
