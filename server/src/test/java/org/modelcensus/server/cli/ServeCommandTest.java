package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aBadKeyStoreIsExitTwoWithoutAStackTrace() throws IOException {
        Path keystore = Files.writeString(dir.resolve("bad.p12"), "not a key store");
        Path password = Files.writeString(dir.resolve("pw.txt"), "secret\n");
        Cli r = Cli.run("serve", "--port", "0", "--tls-keystore", keystore.toString(), "--tls-password-file",
                password.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("bad.p12"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        Cli missing = Cli.run("serve", "--port", "0", "--tls-keystore", dir.resolve("none.p12").toString());
        assertEquals(2, missing.code(), missing.err());
    }

    @Test
    void withAStoreTheDefaultDataIsAStoredSnapshotResolvedBeforeListening() {
        Cli r = Cli.run("serve", "--port", "0", "--store", dir.toString(), "--data", "latest");

        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("census: --data: the store " + dir + " is empty; import a snapshot first"), r.err());
    }
}
