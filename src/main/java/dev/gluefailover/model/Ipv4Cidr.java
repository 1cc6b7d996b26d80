package dev.gluefailover.model;

import java.util.Optional;

/**
 * An IPv4 CIDR block ({@code 10.0.0.0/16}) as its first address and prefix length: the one parser
 * for the checks (does a rule's CIDR cover the subnet?) and the snapshot warnings (is the CIDR
 * valid, is the subnet inside its VPC?).
 *
 * @param first  the network address (host bits cleared), 0 .. 2^32-1
 * @param prefix the prefix length, 0 .. 32
 */
public record Ipv4Cidr(long first, int prefix) {

    /** The block written as {@code a.b.c.d/n}; empty for anything else (IPv6, a typo, "banana"). */
    public static Optional<Ipv4Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String[] octets = text.substring(0, slash).split("\\.", -1);
        String p = text.substring(slash + 1);
        if (octets.length != 4 || p.isEmpty() || p.length() > 2) {
            return Optional.empty();
        }
        try {
            long address = 0;
            for (String o : octets) {
                if (o.isEmpty() || o.length() > 3) {
                    return Optional.empty();
                }
                int v = Integer.parseInt(o);
                if (v < 0 || v > 255) {
                    return Optional.empty();
                }
                address = address << 8 | v;
            }
            int prefix = Integer.parseInt(p);
            if (prefix < 0 || prefix > 32) {
                return Optional.empty();
            }
            return Optional.of(new Ipv4Cidr(address & mask(prefix), prefix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    /** The last address of the block. */
    public long last() {
        return first + (1L << (32 - prefix)) - 1;
    }

    /** Every address of {@code other} is in this block. */
    public boolean contains(Ipv4Cidr other) {
        return other.prefix >= prefix && (other.first & mask(prefix)) == first;
    }

    /** {@code a.b.c.d/n}, with the host bits cleared. */
    public String text() {
        return ((first >> 24) & 255) + "." + ((first >> 16) & 255) + "." + ((first >> 8) & 255) + "." + (first & 255)
                + "/" + prefix;
    }
}
