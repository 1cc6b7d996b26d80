package dev.gluefailover.export;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.layout.Box;
import dev.gluefailover.layout.DiagramMarks;
import dev.gluefailover.layout.IpUsage;
import dev.gluefailover.layout.RouteRow;
import dev.gluefailover.engine.Verdict;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What the vector exports write beside the shapes: XML escaping, the key facts of a box for its
 * tooltip (from the layout's box and the evaluation only, so an export needs no snapshot), and a
 * text-width estimate for cutting labels with "…" where no font can be measured.
 */
final class DiagramText {
    private DiagramText() {
    }

    /** Escapes for element text and for attribute values in either quote style. */
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\n' -> b.append("&#10;");
                case '\r', '\t' -> b.append(' ');
                default -> {
                    // characters XML 1.0 cannot carry at all (control codes, lone surrogates are kept as pairs)
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** "verdict-chosen", "verdict-no-network", ... as the app's CSS names them. */
    static String verdictClass(Verdict v) {
        return "verdict-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Roughly how wide a text is in a sans-serif font of that size: per-character classes of a
     * Helvetica-like face. Errs on the wide side, so a cut label never crosses its border.
     */
    static double width(String s, double size, boolean bold) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            double em;
            if ("il.,:;|!'`Ij ".indexOf(c) >= 0) {
                em = 0.30;
            } else if ("ftr()[]{}-/\u00b7".indexOf(c) >= 0) {
                em = 0.38;
            } else if ("mwMW@%".indexOf(c) >= 0) {
                em = 0.88;
            } else if (Character.isUpperCase(c)) {
                em = 0.68;
            } else if (Character.isDigit(c)) {
                em = 0.57;
            } else if (c == '\u2192' || c == '\u2026') {
                em = 0.9;
            } else {
                em = 0.56;
            }
            w += em * size;
        }
        return w * (bold ? 1.07 : 1.0);
    }

    /** The longest prefix (with "…") that fits in maxWidth; the text itself when it fits. */
    static String cut(String s, double maxWidth, double size, boolean bold) {
        return cut(s, maxWidth, size, bold, false);
    }

    static String cut(String s, double maxWidth, double size, boolean bold, boolean mono) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (measure(s, size, bold, mono) <= maxWidth) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (measure(s.substring(0, mid).stripTrailing() + "\u2026", size, bold, mono) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return s.substring(0, lo).stripTrailing() + "\u2026";
    }

    private static double measure(String s, double size, boolean bold, boolean mono) {
        return mono ? s.length() * 0.61 * size : width(s, size, bold);
    }

    /** The key facts of a box, one per line: ids, CIDR, free IPs, routes, verdict, what the simulation did. */
    static String facts(Box b, Evaluation evaluation, DiagramMarks marks) {
        StringJoiner j = new StringJoiner("\n");
        String id = b.ref().id();
        boolean failed = marks.isFailed(b);
        switch (b.kind()) {
            case REGION -> {
                j.add("Region " + id);
                if (!b.subtitle().isEmpty()) {
                    j.add(b.subtitle());
                }
            }
            case VPC -> {
                j.add("VPC " + b.title());
                j.add("id: " + id);
                if (!b.subtitle().isEmpty()) {
                    j.add(b.subtitle());
                }
            }
            case AVAILABILITY_ZONE -> {
                j.add("Availability zone " + b.title());
                if (!b.subtitle().isEmpty()) {
                    j.add("zone id: " + b.subtitle());
                }
                if (failed) {
                    j.add("OUTAGE (simulated)");
                }
            }
            case SUBNET -> {
                j.add((b.publicSubnet() ? "Public" : "Private") + " subnet " + b.title());
                j.add("id: " + id);
                String cidr = cidrOf(b.subtitle());
                if (cidr != null) {
                    j.add("CIDR: " + cidr);
                }
                j.add(ipText(b, marks));
                if (failed) {
                    j.add("failed (simulated): no address for a Glue ENI here");
                }
            }
            case ROUTE_TABLE -> {
                j.add("Route table " + b.title());
                j.add("id: " + b.subtitle());
                if (b.routes().isEmpty()) {
                    j.add("local only: no way out of the VPC");
                }
                for (RouteRow r : b.routes()) {
                    j.add("   " + r.text());
                }
            }
            case NAT_GATEWAY -> {
                j.add("NAT gateway " + b.title());
                j.add("id: " + id);
                if (failed) {
                    j.add("failed (simulated)");
                }
            }
            case INTERNET_GATEWAY -> {
                j.add("Internet gateway");
                j.add("id: " + id);
            }
            case VPC_ENDPOINT -> {
                j.add("VPC endpoint " + b.title());
                j.add("id: " + id);
                if (failed) {
                    j.add("removed (simulated)");
                }
            }
            case CONNECTION -> {
                j.add("#" + b.order() + " " + id);
                ConnectionEvaluation ce = evaluation == null ? null : evaluation.connection(id).orElse(null);
                if (ce != null) {
                    j.add("verdict: " + ce.verdict());
                    if (ce.subnetId() != null) {
                        j.add("subnet: " + ce.subnetId());
                    }
                    if (ce.availabilityZone() != null) {
                        j.add("AZ: " + ce.availabilityZone()
                                + (ce.availabilityZoneId() == null ? "" : " (" + ce.availabilityZoneId() + ")"));
                    }
                    ce.blockingCheck().ifPresent(r -> j.add(r.code() + ": " + r.message()));
                    if (ce.verdict() == Verdict.CHOSEN && !ce.runWouldSucceed()) {
                        for (CheckResult r : ce.runChecks()) {
                            if (r.status() == CheckStatus.FAIL || r.status() == CheckStatus.UNKNOWN) {
                                j.add("run would fail: " + r.code() + ": " + r.message());
                            }
                        }
                    }
                }
            }
            default -> j.add(id);
        }
        return j.toString();
    }

    static String ipText(Box b, DiagramMarks marks) {
        IpUsage ips = b.ips();
        Integer simulated = marks.ipOverrides().get(b.ref().id());
        Integer free = simulated != null ? simulated : (ips == null ? null : ips.free());
        int usable = ips == null ? 0 : ips.usable();
        return free == null ? "free IPs unknown"
                : free + " free of " + usable + (simulated != null ? " (simulated)" : "");
    }

    /** Red in the app: no free address, or under 10 % of the usable ones. */
    static boolean ipLow(Box b, DiagramMarks marks) {
        IpUsage ips = b.ips();
        Integer simulated = marks.ipOverrides().get(b.ref().id());
        Integer free = simulated != null ? simulated : (ips == null ? null : ips.free());
        int usable = ips == null ? 0 : ips.usable();
        return free != null && (free == 0 || usable > 0 && free / (double) usable < 0.1);
    }

    /** The CIDR a subnet's subtitle starts with ("10.0.1.0/24  ·  subnet-…"), or null. */
    static String cidrOf(String subtitle) {
        String first = subtitle.split("\\s+", 2)[0];
        return first.matches("[0-9a-fA-F:.]+/\\d{1,3}") ? first : null;
    }
}
