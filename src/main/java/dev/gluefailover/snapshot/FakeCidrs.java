package dev.gluefailover.snapshot;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps real CIDRs and addresses to fake ones that keep the prefix length and every relation
 * between blocks: a subnet stays inside its VPC at the same offset, disjoint blocks stay
 * disjoint, equal blocks stay equal, an address stays inside its subnet. Blocks that sit in no
 * other known block are laid out one after another from 10.0.0.0 (fd00:: for IPv6).
 * {@code 0.0.0.0/0} and {@code ::/0} are kept: they say "anywhere" and reveal nothing.
 *
 * <p>Register every block first ({@link #register}) so that containers are placed before their
 * contents; an address seen only later is still mapped consistently.
 */
final class FakeCidrs {
    /** Only literals: InetAddress must never be asked to resolve a host name. */
    private static final Pattern LITERAL = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)(/\\d{1,3})?");

    /** A parsed block: address bits, width (32 or 128), prefix length. */
    private record Block(BigInteger address, int width, int prefix) {
        BigInteger network() {
            return address.shiftRight(width - prefix).shiftLeft(width - prefix);
        }

        boolean contains(Block other) {
            return width == other.width && prefix <= other.prefix
                    && other.address.shiftRight(width - prefix).equals(address.shiftRight(width - prefix));
        }
    }

    private final List<Block[]> placed = new ArrayList<>(); // {original, fake}
    private final Map<String, String> done = new HashMap<>();
    private final BigInteger[] cursor = {ip("10.0.0.0"), ip("fd00::")};

    /** Registers blocks before any is mapped; the widest go first so they can hold the others. */
    void register(List<String> cidrs) {
        cidrs.stream().map(c -> parse(c).orElse(null)).filter(b -> b != null && b.prefix > 0)
                .sorted(Comparator.comparingInt(Block::prefix)).forEach(this::place);
    }

    /** The fake for a CIDR ({@code 10.20.1.0/24}) or a bare address ({@code 10.20.1.17}); empty if it is neither. */
    Optional<String> map(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String known = done.get(text);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Block> parsed = parse(text);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Block b = parsed.get();
        if (b.prefix == 0) {
            return Optional.of(text);
        }
        Block fake = place(b);
        String out = format(fake.address, fake.width) + (text.contains("/") ? "/" + b.prefix : "");
        done.put(text, out);
        return Optional.of(out);
    }

    private Block place(Block b) {
        Block[] container = null;
        for (Block[] p : placed) {
            if (p[0].contains(b) && (container == null || p[0].prefix > container[0].prefix)) {
                container = p;
            }
        }
        Block fake;
        if (container != null) {
            // same offset inside the fake container as inside the real one
            BigInteger offset = b.address.subtract(container[0].network());
            fake = new Block(container[1].network().add(offset), b.width, b.prefix);
            if (container[0].prefix == b.prefix) {
                return fake; // the same block again
            }
        } else {
            int slot = b.width == 32 ? 0 : 1;
            BigInteger size = BigInteger.ONE.shiftLeft(b.width - b.prefix);
            BigInteger base = cursor[slot].add(size).subtract(BigInteger.ONE).divide(size).multiply(size);
            cursor[slot] = base.add(size);
            fake = new Block(base.add(b.address.subtract(b.network())), b.width, b.prefix);
        }
        placed.add(new Block[] {b, fake});
        return fake;
    }

    private static Optional<Block> parse(String text) {
        if (!LITERAL.matcher(text).matches()) {
            return Optional.empty();
        }
        String[] parts = text.split("/", 2);
        try {
            byte[] bytes = InetAddress.getByName(parts[0]).getAddress();
            int width = bytes.length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : width;
            if (prefix < 0 || prefix > width || bytes.length == 4 && parts[0].contains(":")) {
                return Optional.empty();
            }
            return Optional.of(new Block(new BigInteger(1, bytes), width, prefix));
        } catch (UnknownHostException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static BigInteger ip(String literal) {
        return parse(literal).orElseThrow().address;
    }

    private static String format(BigInteger address, int width) {
        byte[] raw = address.toByteArray();
        byte[] bytes = new byte[width / 8];
        int n = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - n, bytes, bytes.length - n, n);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(Arrays.toString(bytes), e);
        }
    }
}
