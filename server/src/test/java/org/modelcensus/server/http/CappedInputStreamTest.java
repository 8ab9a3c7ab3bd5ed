package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.http.HttpResponseException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

class CappedInputStreamTest {
    /** A body of {@code n} bytes that counts how many were taken from it. */
    private static class Source extends ServletInputStream {
        private final ByteArrayInputStream in;
        int taken;

        Source(int n) {
            in = new ByteArrayInputStream(new byte[n]);
        }

        @Override
        public int read() {
            int b = in.read();
            taken += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            taken += Math.max(n, 0);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
        }
    }

    @Test
    void passesABodyExactlyAtTheLimit() throws IOException {
        assertArrayEquals(new byte[100], new CappedInputStream(new Source(100), 100, -1).readAllBytes());
    }

    @Test
    void refusesTheFirstBytePastTheLimitAndReadsNoMore() {
        Source source = new Source(10_000_000);
        HttpResponseException e = assertThrows(HttpResponseException.class,
                () -> new CappedInputStream(source, 100, -1).readAllBytes());
        assertEquals(413, e.getStatus());
        assertEquals(101, source.taken);
    }

    @Test
    void aLaterTighterLimitApplies() {
        CappedInputStream in = new CappedInputStream(new Source(1_000), 10_000, -1);
        in.limit(10);
        assertEquals(413, assertThrows(HttpResponseException.class, in::readAllBytes).getStatus());
    }

    @Test
    void aMalformedBodyIs400NotAnIoFailure() {
        CappedInputStream in = new CappedInputStream(new Source(0) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new EofException("Early EOF");
            }
        }, 10, -1);
        assertEquals(400, assertThrows(HttpResponseException.class, in::readAllBytes).getStatus());
    }
}
