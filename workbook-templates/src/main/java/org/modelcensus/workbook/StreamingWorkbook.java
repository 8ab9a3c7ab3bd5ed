package org.modelcensus.workbook;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook with two speed-ups that leave the written XML unchanged (see
 * docs/benchmarks.md, "Workbook"): streamed rows go to their temporary file through an
 * unsynchronized character buffer (POI writes the XML a character at a time to a
 * {@code BufferedWriter}, which takes a lock per call), and the .xlsx is deflated at level
 * {@value #LEVEL} (the level of dhatim fastexcel and of zlib's faster strategy) instead of 6.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    /** Deflate level of the .xlsx: 4 writes ~2x faster than 6 for a few percent larger files. */
    static final int LEVEL = 4;

    StreamingWorkbook(int window) {
        super(window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new FastSheetDataWriter(getSharedStringSource());
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(LEVEL);
        return zip;
    }

    /** POI's sheet writer, writing to an {@link UnsynchronizedWriter} and escaping text a run of characters at a time. */
    static final class FastSheetDataWriter extends SheetDataWriter {
        FastSheetDataWriter(SharedStringsTable sharedStrings) throws IOException {
            super(sharedStrings);
        }

        /** A writer to the given one instead of a temporary file (for tests). */
        FastSheetDataWriter(Writer out) throws IOException {
            super(out);
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            return new UnsynchronizedWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8));
        }

        /**
         * The same output as POI's {@code outputEscapedString}, which writes every code point on its
         * own: {@code < > & "}, line feed, carriage return, tab and no-break space as entities, other
         * control characters and U+FFFE/U+FFFF as {@code ?}, everything else (surrogate pairs included)
         * as is. Here the characters between two escapes are written in one call.
         */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s == null) {
                return;
            }
            int n = s.length();
            int start = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"' && c != 0xA0 && c < 0xFFFE) {
                    continue;
                }
                String escape = switch (c) {
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '&' -> "&amp;";
                    case '"' -> "&quot;";
                    case '\n' -> "&#xa;";
                    case '\r' -> "&#xd;";
                    case '\t' -> "&#x9;";
                    case 0xA0 -> "&#xa0;";
                    default -> "?";
                };
                if (i > start) {
                    _out.write(s, start, i - start);
                }
                _out.write(escape);
                start = i + 1;
            }
            if (start < n) {
                _out.write(s, start, n - start);
            }
        }

        /** Exposed for tests: POI's method is protected. */
        void escape(String s) throws IOException {
            outputEscapedString(s);
        }
    }

    /**
     * A character buffer in front of a writer, without the lock {@code BufferedWriter} takes on every
     * call (the sheet writer is used by one thread). Characters reach the encoder in the same order,
     * so a surrogate pair split across two calls is still encoded as one code point.
     */
    static final class UnsynchronizedWriter extends Writer {
        private final Writer out;
        private final char[] buffer = new char[16384];
        private int size;
        private boolean closed;

        UnsynchronizedWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (size == buffer.length) {
                drain();
            }
            buffer[size++] = (char) c;
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            while (length > 0) {
                if (size == buffer.length) {
                    drain();
                }
                int n = Math.min(length, buffer.length - size);
                s.getChars(offset, offset + n, buffer, size);
                size += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            while (length > 0) {
                if (size == buffer.length) {
                    drain();
                }
                int n = Math.min(length, buffer.length - size);
                System.arraycopy(chars, offset, buffer, size, n);
                size += n;
                offset += n;
                length -= n;
            }
        }

        private void drain() throws IOException {
            if (size > 0) {
                out.write(buffer, 0, size);
                size = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                drain();
            } finally {
                out.close();
            }
        }
    }
}
