/*
 * Licensed to the Apache Software Foundation (ASF) under one or more contributor license agreements; and to You
 * under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the
 * License. You may obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0. Unless required by
 * applicable law or agreed to in writing, software distributed under the License is distributed on an "AS IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 *
 * Modified by Model Census from XMLBeans 5.3.0 (see below).
 */
package org.apache.xmlbeans.impl.util;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.nio.charset.StandardCharsets;

/**
 * XMLBeans' reader of its compiled schema files ({@code .xsb}), with the same API and the same results, in place of
 * the class of XMLBeans 5.3.0 (the shaded jar leaves that one out; {@code LongUTFDataInputStreamTest} checks the
 * version and that this class is the one loaded).
 *
 * <p>Why: XMLBeans 5.3.0 allocates a new 4 KB buffer for every string it reads. POI's schema index holds some 10,000
 * strings, so the first workbook a JVM makes allocated 56 MB of buffers, which G1 spreads over fresh heap regions:
 * 46 MiB of the {@code workbook} command's peak memory (docs/benchmarks.md, "The fourth pass"). Here one
 * buffer per stream is reused.
 */
public class LongUTFDataInputStream extends DataInputStream {
    /** The bytes of the string being read; grows to the longest string of the stream. */
    private byte[] buffer = new byte[256];

    public LongUTFDataInputStream(InputStream in) {
        super(in);
    }

    /** An unsigned short, or after the marker {@code 0xFFFE} an int (as XMLBeans writes lengths). */
    public int readUnsignedShortOrInt() throws IOException {
        return readUnsignedShortOrInt(this);
    }

    public static int readUnsignedShortOrInt(DataInputStream in) throws IOException {
        int value = in.readUnsignedShort();
        return value == LongUTFDataOutputStream.MAX_UNSIGNED_SHORT ? in.readInt() : value;
    }

    /** A string in modified UTF-8 (as {@link DataInputStream#readUTF()}), its length read by {@link #readUnsignedShortOrInt()}. */
    public String readLongUTF() throws IOException {
        int length = readUnsignedShortOrInt();
        if (length < 0) {
            throw new UTFDataFormatException("malformed input: negative length " + length);
        }
        if (buffer.length < length) {
            buffer = new byte[Math.max(length, 2 * buffer.length)];
        }
        byte[] bytes = buffer;
        readFully(bytes, 0, length);
        int ascii = 0;
        while (ascii < length && bytes[ascii] >= 0) {
            ascii++;
        }
        if (ascii == length) {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        int n = 0;
        for (; n < ascii; n++) {
            chars[n] = (char) bytes[n];
        }
        int i = ascii;
        while (i < length) {
            int c = bytes[i] & 0xFF;
            switch (c >> 4) {
                case 0, 1, 2, 3, 4, 5, 6, 7 -> {
                    chars[n++] = (char) c;
                    i++;
                }
                case 12, 13 -> {
                    if (i + 2 > length) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[i + 1];
                    if ((c2 & 0xC0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + (i + 1));
                    }
                    chars[n++] = (char) (((c & 0x1F) << 6) | (c2 & 0x3F));
                    i += 2;
                }
                case 14 -> {
                    if (i + 3 > length) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[i + 1];
                    int c3 = bytes[i + 2];
                    if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + (i + 1));
                    }
                    chars[n++] = (char) (((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
                    i += 3;
                }
                default -> throw new UTFDataFormatException("malformed input around byte " + i);
            }
        }
        return new String(chars, 0, n);
    }
}
