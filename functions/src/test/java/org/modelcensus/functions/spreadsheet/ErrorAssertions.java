package org.modelcensus.functions.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.modelcensus.functions.query.ExcelError;

/** Checks an error result: its Excel error and words of its message. */
final class ErrorAssertions {
    private ErrorAssertions() {
    }

    static void assertError(ExcelError expected, FunctionResult result, String... messageParts) {
        assertEquals(expected, result.value(), () -> "message: " + result.message());
        assertTrue(result.isError());
        for (String part : messageParts) {
            assertTrue(result.message().contains(part), () -> "message \"" + result.message() + "\" lacks \"" + part + "\"");
        }
    }
}
