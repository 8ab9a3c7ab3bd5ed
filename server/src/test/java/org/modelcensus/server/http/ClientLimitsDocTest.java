package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.dataset.Questions;

/** The limits table of docs/user-guide.md quotes the values the server runs with. */
class ClientLimitsDocTest {
    @Test
    void theGuideQuotesTheSlowClientDownloadAndCellLimits() throws IOException {
        String guide = Files.readString(Fixtures.repoFile("docs/user-guide.md"), StandardCharsets.UTF_8);
        for (String quoted : List.of(
                "a body must arrive at " + ClientLimits.MIN_BODY_BYTES_PER_SECOND / 1024 + " KiB/s on average",
                "| idle connections | " + ClientLimits.IDLE_TIMEOUT.toSeconds() + " s without a byte",
                "| open connections | " + String.format("%,d", ClientLimits.MAX_CONNECTIONS) + " at once",
                "open ones idle for " + ClientLimits.IDLE_TIMEOUT_WHEN_FULL.toSeconds() + " s at most",
                "made whole in memory within " + WholeDownload.DEADLINE.toSeconds() + " s",
                "leaves " + WholeDownload.SEND_TIME.toSeconds() + " s of the stop to send",
                "`Retry-After: " + WholeDownload.RETRY_AFTER_SECONDS + "`",
                "keep its first " + String.format("%,d", Questions.MAX_CELL_TEXT - Questions.CUT_MARKER.length())
                        + " characters and end it with the marker `" + Questions.CUT_MARKER + "`",
                "| graceful stop | " + CensusServer.STOP_TIMEOUT.toSeconds() + " s")) {
            assertTrue(guide.contains(quoted), "docs/user-guide.md should say: " + quoted);
        }
    }
}
