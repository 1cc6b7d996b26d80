package dev.gluefailover.design;

import dev.gluefailover.model.Ipv4Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CloudFormation's {@code Fn::Cidr} for IPv4: {@code count} consecutive blocks of {@code 2^cidrBits} addresses. */
final class Cidr {
    private Cidr() {
    }

    /** The blocks, or empty when the block is not IPv4 or they do not fit in it. */
    static Optional<List<String>> split(String block, int count, int cidrBits) {
        Optional<Ipv4Cidr> parsed = Ipv4Cidr.parse(block);
        if (parsed.isEmpty() || count < 1 || count > 256 || cidrBits < 0 || cidrBits > 32) {
            return Optional.empty();
        }
        Ipv4Cidr c = parsed.get();
        int prefix = 32 - cidrBits;
        if (prefix < c.prefix()) {
            return Optional.empty();
        }
        long size = 1L << cidrBits;
        if (size * count > (1L << (32 - c.prefix()))) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(address(c.first() + i * size) + "/" + prefix);
        }
        return Optional.of(out);
    }

    /** Addresses in the block: 2^(32 − prefix); 0 when not IPv4. */
    static long size(String block) {
        return Ipv4Cidr.parse(block).map(c -> 1L << (32 - c.prefix())).orElse(0L);
    }

    private static String address(long a) {
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }
}
