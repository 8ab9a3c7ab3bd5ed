package org.apache.xmlbeans.impl.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.xmlbeans.XmlBeans;
import org.junit.jupiter.api.Test;

/** Model Census' copy of XMLBeans' schema-string reader: the class loaded, its results, and what it allocates. */
class LongUTFDataInputStreamTest {
    private static final List<String> TEXTS = List.of("", "CTWorksheet", "연도별 초거대 AI 모델", "nul\u0000inside",
            "emoji \uD83D\uDE00 pair", "é", "x".repeat(70_000), "한".repeat(30_000));

    private static byte[] written(List<String> texts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (LongUTFDataOutputStream out = new LongUTFDataOutputStream(bytes)) {
            for (String t : texts) {
                out.writeLongUTF(t);
            }
            out.writeShortOrInt(7);
            out.writeShortOrInt(100_000);
        }
        return bytes.toByteArray();
    }

    /** The copy replaces the class of this XMLBeans version only: an upgrade must look again at whether it is needed. */
    @Test
    void replacesTheClassOfXmlBeans530() {
        assertEquals("5.3.0", XmlBeans.getVersion(), "XMLBeans was upgraded: check whether its LongUTFDataInputStream still "
                + "allocates a buffer per string, and remove this copy (and the shade filter in server/pom.xml) if not");
        for (var m : LongUTFDataInputStream.class.getDeclaredMethods()) {
            assertTrue(!m.getName().startsWith("lambda$"), "XMLBeans' own class is loaded, not the copy: " + m);
        }
    }

    @Test
    void readsWhatXmlBeansWrites() throws IOException {
        try (LongUTFDataInputStream in = new LongUTFDataInputStream(new ByteArrayInputStream(written(TEXTS)))) {
            for (String t : TEXTS) {
                assertEquals(t, in.readLongUTF());
            }
            assertEquals(7, in.readUnsignedShortOrInt());
            assertEquals(100_000, in.readUnsignedShortOrInt());
            assertEquals(-1, in.read(), "every byte read, none past the end");
        }
    }

    @Test
    void refusesMalformedText() throws IOException {
        byte[][] malformed = {{0, 2, (byte) 0xC3, 0x41}, {0, 1, (byte) 0xE0}, {0, 1, (byte) 0x80}, {0, 1, (byte) 0xF0}};
        for (byte[] bytes : malformed) {
            try (LongUTFDataInputStream in = new LongUTFDataInputStream(new ByteArrayInputStream(bytes))) {
                assertThrows(UTFDataFormatException.class, in::readLongUTF);
            }
        }
        ByteArrayOutputStream negative = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(negative)) {
            out.writeShort(LongUTFDataOutputStream.MAX_UNSIGNED_SHORT);
            out.writeInt(-5);
        }
        try (LongUTFDataInputStream in = new LongUTFDataInputStream(new ByteArrayInputStream(negative.toByteArray()))) {
            assertThrows(UTFDataFormatException.class, in::readLongUTF);
        }
    }

    /** 10,000 short strings, as many as POI's schema index holds: XMLBeans 5.3.0 allocated 41 MB reading them. */
    @Test
    void readingManyStringsAllocatesLittleMoreThanTheStrings() throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            names.add("schemaTypeName" + i);
        }
        byte[] bytes = written(names);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        try (LongUTFDataInputStream in = new LongUTFDataInputStream(new ByteArrayInputStream(bytes))) {
            for (String name : names) {
                assertEquals(name, in.readLongUTF());
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 4_000_000, "allocated " + allocated + " bytes");
    }
}
