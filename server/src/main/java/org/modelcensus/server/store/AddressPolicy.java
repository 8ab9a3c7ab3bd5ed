package org.modelcensus.server.store;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which addresses a server-side download may connect to: public unicast only. Refused are
 * loopback, unspecified, private (RFC 1918, unique-local fc00::/7, site-local), link-local (with
 * the cloud metadata address 169.254.169.254), shared (100.64/10), multicast, broadcast and the
 * other special-purpose ranges, and IPv6 forms embedding such an IPv4 address (mapped,
 * compatible, NAT64, 6to4); Teredo and documentation ranges too.
 */
final class AddressPolicy {
    private AddressPolicy() {
    }

    /** Why {@code address} is refused, or empty when it is a public address. */
    static Optional<String> refusal(InetAddress address) {
        String kind = kind(address);
        return kind == null ? Optional.empty()
                : Optional.of(address.getHostAddress() + " is " + kind + " address");
    }

    private static String kind(InetAddress a) {
        if (a.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (a.isLoopbackAddress()) {
            return "a loopback";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "a private";
        }
        if (a.isMulticastAddress()) {
            return "a multicast";
        }
        return a instanceof Inet4Address ? kind4(a.getAddress()) : kind6(a.getAddress());
    }

    private static String kind4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0 || first == 127) {
            return first == 0 ? "an unspecified" : "a loopback";
        }
        if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
            return "a private";
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return "a shared (carrier-grade NAT)";
        }
        if (first == 169 && second == 254) {
            return "a link-local";
        }
        if (first == 192 && second == 0 && (b[2] & 0xff) == 0 || first == 198 && (second & 0xfe) == 18) {
            return "a special-purpose";
        }
        if (first >= 224) {
            return first < 240 ? "a multicast" : "a reserved or broadcast";
        }
        return null;
    }

    private static String kind6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return "a private (unique-local)";
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0x80) {
            return "a link-local";
        }
        Optional<byte[]> embedded = embeddedIpv4(b);
        if (embedded.isPresent()) {
            String inner = kind4(embedded.get());
            return inner == null ? null : inner + " (embedded IPv4)";
        }
        if (first == 0 && allZero(b, 1, 16)) {
            return "an unspecified";
        }
        boolean teredoOrDocumentation = first == 0x20 && (b[1] & 0xff) == 0x01
                && (b[2] == 0 && b[3] == 0 || (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8);
        return first == 0 || first == 0x01 && allZero(b, 1, 8) || teredoOrDocumentation ? "a special-purpose" : null;
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    static Optional<byte[]> embeddedIpv4(byte[] b) {
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 14);
        boolean nat64 = b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return Optional.of(Arrays.copyOfRange(b, 12, 16));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Optional.of(Arrays.copyOfRange(b, 2, 6));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
