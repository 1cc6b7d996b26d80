package dev.gluefailover.snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stable stand-ins for secret strings, for one redaction. The same input always gets the
 * same stand-in, and stand-ins are numbered per kind in the order first asked for, so the
 * result is deterministic across runs: {@code subnet-0a1b} becomes {@code subnet-r0001}.
 * Not shared between snapshots: a fresh instance per redaction.
 */
final class Pseudonyms {
    /** AWS resource id prefixes whose stand-ins keep the prefix (the engine reads igw-/vpce- from it). */
    static final List<String> ID_PREFIXES = List.of("vpce-svc", "vpc", "subnet", "rtbassoc", "rtb", "nat", "eigw",
            "igw", "vpce", "sg", "pl", "tgw-attach", "tgw", "pcx", "eni", "eipalloc", "eipassoc", "acl", "vgw", "cgw",
            "lgw", "vpn", "i");
    static final Pattern ID = Pattern.compile("(" + String.join("|", ID_PREFIXES) + ")-[0-9A-Za-z]+");

    private final Map<String, Map<String, String>> byKind = new HashMap<>();

    /** "subnet-0a1b" → "subnet-r0001"; "local" stays; an id without a known prefix → "id-r0001". */
    String id(String id) {
        if (id == null || "local".equals(id)) {
            return id;
        }
        var m = ID.matcher(id);
        String prefix = m.matches() ? m.group(1) : "id";
        return next("id:" + prefix, id, n -> prefix + "-r" + n);
    }

    /** A name of some kind ("connection", "job", "name", ...) → "connection-0001". */
    String name(String kind, String value) {
        return value == null ? null : next(kind, value, n -> kind + "-" + n);
    }

    /** Twelve-digit account ids → 000000000001, 000000000002, ... */
    String account(String account) {
        return account == null ? null : next("account", account, n -> "00000000" + n);
    }

    /** True if {@code value} already has a stand-in of this kind (for free text that may mention it). */
    boolean knows(String kind, String value) {
        return byKind.getOrDefault(kind, Map.of()).containsKey(value);
    }

    Map<String, String> all(String kind) {
        return Map.copyOf(byKind.getOrDefault(kind, Map.of()));
    }

    private String next(String kind, String value, java.util.function.Function<String, String> shape) {
        Map<String, String> m = byKind.computeIfAbsent(kind, k -> new HashMap<>());
        return m.computeIfAbsent(value, v -> shape.apply(String.format("%04d", m.size() + 1)));
    }
}
