package org.modelcensus.server.http;

import java.nio.charset.StandardCharsets;

/** Text made safe for an HTTP header value: printable ASCII kept, anything else percent-encoded as UTF-8. */
final class HeaderText {
    private HeaderText() {
    }

    /** {@code "모델.csv"} becomes {@code "%EB%AA%A8%EB%8D%B8.csv"}; {@code %} itself is kept. */
    static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
