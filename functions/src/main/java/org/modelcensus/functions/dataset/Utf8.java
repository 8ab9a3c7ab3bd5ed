package org.modelcensus.functions.dataset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 checks of a whole file, without its byte order mark; a bad byte is located. */
final class Utf8 {
    private static final int BOM_LENGTH = 3;

    private Utf8() {
    }

    /** Where the text of {@code bytes} starts: past a byte order mark. */
    static int start(byte[] bytes) {
        return hasBom(bytes) ? BOM_LENGTH : 0;
    }

    /** A {@link BadInputException} at the first byte of {@code bytes} that is not UTF-8, if any. */
    static void check(String source, byte[] bytes) {
        int start = start(bytes);
        int bad = firstMalformed(bytes, start);
        if (bad >= 0) {
            throw malformedAt(source, bytes, start, bad);
        }
    }

    /** Whether the text of {@code bytes} is empty or only white space ({@link String#isBlank}), decoding only what it must. */
    static boolean isBlank(byte[] bytes) {
        int i = start(bytes);
        while (i < bytes.length) {
            int b = bytes[i];
            if (b >= 0) {
                if (!Character.isWhitespace(b)) {
                    return false;
                }
                i++;
            } else {
                int length = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
                String c = new String(bytes, i, Math.min(length, bytes.length - i), StandardCharsets.UTF_8);
                if (!Character.isWhitespace(c.codePointAt(0))) {
                    return false;
                }
                i += length;
            }
        }
        return true;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM_LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Validates in small chunks so a large file costs no second full-size buffer; -1 when valid. */
    private static int firstMalformed(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static BadInputException malformedAt(String source, byte[] bytes, int start, int bad) {
        long line = 1;
        int lineStart = start;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        return new BadInputException(source, line, before.codePointCount(0, before.length()) + 1, String.format(
                "byte 0x%02X is not valid UTF-8; save the file as UTF-8", bytes[bad] & 0xFF));
    }
}
