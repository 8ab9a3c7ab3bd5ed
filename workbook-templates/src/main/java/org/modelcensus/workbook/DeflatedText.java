package org.modelcensus.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Text deflated as it is written: UTF-8 in raw deflate blocks, held in memory, with the CRC-32 and length of
 * the bytes before deflating. Pieces of a zip entry written at different times (a sheet's rows, then the
 * elements around them that are only known at the end) are {@link #join joined} into one entry's data
 * without inflating them again: each piece ends on a sync flush, only the last is finished, and their
 * CRC-32s are combined.
 */
final class DeflatedText extends Writer {
    /** Deflate level of the .xlsx: 4 writes ~2x faster than 6 for a few percent larger files (docs/benchmarks.md). */
    static final int LEVEL = 4;

    private final ByteArrayOutputStream deflated;
    private final Deflater deflater = new Deflater(LEVEL, true);
    private final CRC32 crc = new CRC32();
    private final DeflaterOutputStream stream;
    private final Writer text;
    private long length;
    private boolean closed;

    DeflatedText(int expectedBytes) {
        deflated = new ByteArrayOutputStream(expectedBytes);
        stream = new DeflaterOutputStream(deflated, deflater, 8192, true) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                crc.update(b, off, len);
                length += len;
                super.write(b, off, len);
            }
        };
        text = new UnsynchronizedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    @Override
    public void write(int c) throws IOException {
        text.write(c);
    }

    @Override
    public void write(String s, int offset, int count) throws IOException {
        text.write(s, offset, count);
    }

    @Override
    public void write(char[] chars, int offset, int count) throws IOException {
        text.write(chars, offset, count);
    }

    @Override
    public void flush() {
        // Only close() ends a piece: a flush in between would only make the output larger.
    }

    /** Ends the piece: {@code last} finishes the deflate stream, else it ends on a sync flush so that more can follow. */
    void end(boolean last) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            text.flush();
            if (last) {
                stream.finish();
            } else {
                stream.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
    }

    @Override
    public void close() {
        end(true);
    }

    /** The entry data of the pieces in order, ended: deflated bytes, CRC-32 and length of the text. */
    record Joined(byte[][] pieces, long crc, long length, long deflatedLength) {
        /** The deflated bytes, piece after piece. */
        InputStream stream() {
            List<InputStream> streams = new ArrayList<>();
            for (byte[] p : pieces) {
                streams.add(new ByteArrayInputStream(p));
            }
            return new SequenceInputStream(Collections.enumeration(streams));
        }
    }

    /** A whole entry's data: one piece holding {@code text}. */
    static Joined of(String text) {
        DeflatedText piece = new DeflatedText(Math.max(256, text.length() / 3));
        try {
            piece.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        piece.close();
        return join(piece);
    }

    /** Joins pieces, each ended ({@link #end}), the last one with {@code last}. */
    static Joined join(DeflatedText... pieces) {
        byte[][] bytes = new byte[pieces.length][];
        long crc = 0;
        long length = 0;
        long deflatedLength = 0;
        for (int i = 0; i < pieces.length; i++) {
            DeflatedText p = pieces[i];
            if (!p.closed) {
                throw new IllegalStateException("piece " + i + " is not ended");
            }
            bytes[i] = p.deflated.toByteArray();
            crc = i == 0 ? p.crc.getValue() : combine(crc, p.crc.getValue(), p.length);
            length += p.length;
            deflatedLength += bytes[i].length;
        }
        return new Joined(bytes, crc, length, deflatedLength);
    }

    /**
     * The CRC-32 of A followed by B from the CRC-32s of A and B and the length of B: A's CRC is carried through
     * {@code lengthB} zero bytes (multiplying by x^(8 lengthB) modulo the CRC's polynomial, with square-and-multiply
     * over 32x32 bit matrices), then B's CRC is added. The same computation as zlib's {@code crc32_combine}.
     */
    static long combine(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        // The operator for one zero bit: the reflected polynomial, then shifts.
        odd[0] = 0xEDB88320L;
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crcA;
        long remaining = lengthB;
        do {
            square(even, odd); // the first pass: one zero byte
            if ((remaining & 1) != 0) {
                crc = times(even, crc);
            }
            remaining >>= 1;
            if (remaining == 0) {
                break;
            }
            square(odd, even);
            if ((remaining & 1) != 0) {
                crc = times(odd, crc);
            }
            remaining >>= 1;
        } while (remaining != 0);
        return crc ^ crcB;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }

    /**
     * A character buffer in front of a writer, without the lock {@code BufferedWriter} takes on every call (a
     * part is written by one thread). Characters reach the encoder in the same order, so a surrogate pair split
     * across two calls is still encoded as one code point.
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
