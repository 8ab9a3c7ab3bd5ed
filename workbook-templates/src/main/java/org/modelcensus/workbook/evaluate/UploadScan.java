package org.modelcensus.workbook.evaluate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.modelcensus.workbook.evaluate.WorkbookRefusedException.Reason;

/**
 * A streaming pre-pass over an uploaded .xlsx, before POI builds its model (about 650 bytes of heap
 * per cell): it walks the zip once, inflates each entry through a StAX reader with constant memory,
 * counts entries, inflated bytes, sheets, rows, cells and XML elements, and stops at the first limit
 * passed. It also refuses what POI would refuse less clearly: duplicate entries, a DOCTYPE, a zip bomb.
 *
 * <p>Example: {@code UploadScan.scan(bytes, UploadScan.Limits.defaults()).cells()}
 */
public final class UploadScan {
    private static final XMLInputFactory XML = xmlFactory();

    /**
     * @param maxInflatedBytes the most all entries may inflate to together
     * @param minInflateRatio  the smallest compressed/inflated ratio of an entry past 100 KiB (POI's zip-bomb rule)
     * @param maxEntries       the most zip entries
     * @param maxSheets        the most sheets
     * @param maxCells         the most cells ({@code <c>} elements) in all sheets
     * @param maxElements      the most XML elements in all parts (shared strings, styles and the like cost heap too)
     */
    public record Limits(long maxInflatedBytes, double minInflateRatio, int maxEntries, int maxSheets, long maxCells,
            long maxElements) {
        /** 128 MiB inflated, ratio 1:100, 10,000 entries, 1,000 sheets, 200,000 cells, 1,000,000 elements. */
        public static Limits defaults() {
            return new Limits(128L << 20, 0.01, 10_000, 1_000, 200_000, 1_000_000);
        }
    }

    /** What the pre-pass counted. */
    public record Counts(int entries, long inflatedBytes, int sheets, long rows, long cells, long elements) {
    }

    private final Limits limits;
    private final byte[] xlsx;
    private final Set<String> names = new HashSet<>();
    private boolean contentTypes;
    private int entries;
    private long inflated;
    private int sheets;
    private long rows;
    private long cells;
    private long elements;

    private UploadScan(byte[] xlsx, Limits limits) {
        this.xlsx = xlsx;
        this.limits = limits;
    }

    /** Counts an .xlsx's contents; throws {@link WorkbookRefusedException} at the first limit passed. */
    public static Counts scan(byte[] xlsx, Limits limits) {
        if (xlsx.length >= 8 && xlsx[0] == (byte) 0xD0 && xlsx[1] == (byte) 0xCF) {
            throw refused(Reason.MALFORMED, "this is an old binary .xls (or another OLE2 file); save it as an .xlsx workbook");
        }
        return new UploadScan(xlsx, limits).walk();
    }

    private Counts walk() {
        Position raw = new Position(xlsx);
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entry(e);
                Entry in = new Entry(zip, raw);
                countXml(in);
                in.transferTo(OutputStream.nullOutputStream());
            }
        } catch (ZipException e) {
            throw refused(Reason.MALFORMED, "the body is not a valid zip, so not an .xlsx: " + e.getMessage());
        } catch (IOException e) {
            throw refused(Reason.MALFORMED, "the body is not a readable zip, so not an .xlsx");
        }
        if (entries == 0) {
            throw refused(Reason.MALFORMED, "the body is not an .xlsx workbook (not a zip)");
        }
        if (!contentTypes) {
            throw refused(Reason.MALFORMED, "the zip is not an .xlsx workbook: it has no [Content_Types].xml");
        }
        return new Counts(entries, inflated, sheets, rows, cells, elements);
    }

    private void entry(ZipEntry e) {
        if (++entries > limits.maxEntries()) {
            throw refused(Reason.TOO_LARGE, "the workbook has more than " + limits.maxEntries() + " zip entries");
        }
        if (!names.add(e.getName().toLowerCase(Locale.ROOT))) {
            throw refused(Reason.MALFORMED, "the zip holds the entry " + e.getName() + " twice");
        }
        contentTypes |= e.getName().equals("[Content_Types].xml");
    }

    /** Counts the elements of an entry that is XML; an entry that is not (an image) fails fast and is skipped. */
    private void countXml(InputStream in) {
        XMLStreamReader xml = null;
        try {
            xml = XML.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element(xml.getLocalName());
                } else if (event == XMLStreamConstants.DTD) {
                    throw refused(Reason.MALFORMED, "the workbook's XML declares a DOCTYPE, which is refused "
                            + "(external entities, entity expansion)");
                }
            }
        } catch (XMLStreamException e) {
            // Not XML (or broken XML, which POI refuses in turn): the rest of the entry is only inflated.
        } finally {
            close(xml);
        }
    }

    private void element(String name) {
        if (++elements > limits.maxElements()) {
            throw tooMany(limits.maxElements(), "XML elements");
        }
        switch (name) {
            case "c" -> {
                if (++cells > limits.maxCells()) {
                    throw tooMany(limits.maxCells(), "cells");
                }
            }
            case "row" -> rows++;
            case "worksheet", "chartsheet", "dialogsheet" -> {
                if (++sheets > limits.maxSheets()) {
                    throw tooMany(limits.maxSheets(), "sheets");
                }
            }
            default -> {
            }
        }
    }

    private static WorkbookRefusedException tooMany(long limit, String what) {
        return refused(Reason.TOO_LARGE, "the workbook has more than " + limit + " " + what
                + "; this server evaluates workbooks of at most " + limit + " " + what);
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing held but memory
            }
        }
    }

    private static WorkbookRefusedException refused(Reason reason, String message) {
        return new WorkbookRefusedException(reason, message);
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** The zip's bytes, telling how many have been read so far (the compressed side of an entry's ratio). */
    private static final class Position extends ByteArrayInputStream {
        Position(byte[] bytes) {
            super(bytes);
        }

        long position() {
            return pos;
        }
    }

    /** One entry's inflated bytes, counted against the total and the entry's inflation ratio; close() is a no-op. */
    private final class Entry extends InputStream {
        private static final long GRACE = 100 * 1024;
        private final ZipInputStream zip;
        private final Position raw;
        private final long rawStart;
        private long size;

        Entry(ZipInputStream zip, Position raw) {
            this.zip = zip;
            this.raw = raw;
            this.rawStart = raw.position();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = zip.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            size += n;
            inflated += n;
            if (inflated > limits.maxInflatedBytes()) {
                throw refused(Reason.TOO_LARGE, "the workbook inflates to more than " + limits.maxInflatedBytes()
                        + " bytes (a zip bomb?); the limit is " + limits.maxInflatedBytes());
            }
            if (size > GRACE && raw.position() - rawStart < size * limits.minInflateRatio()) {
                throw refused(Reason.TOO_LARGE, "a part of the workbook inflates more than "
                        + Math.round(1 / limits.minInflateRatio()) + " times (a zip bomb?)");
            }
        }
    }
}
