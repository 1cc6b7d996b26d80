package dev.gluefailover.export;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.FactSheet;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.layout.Box;
import java.util.Locale;

/**
 * What the vector exports write beside the shapes: XML escaping, the facts of a box's element for
 * its tooltip ({@link FactSheet}, shared with the app), and a text-width estimate for cutting
 * labels with "…" where no font can be measured.
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
            } else if (c >= '\u2E80' && c <= '\uFFEF' && !(c >= '\uFF61' && c <= '\uFFDC')) {
                em = 1.0; // Japanese (kana, kanji, full-width forms) takes a full em in every CJK font
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

    /**
     * A box's tooltip: its element's {@link FactSheet}, the same facts the app's Details tab and
     * tooltips show. Without a snapshot ({@code index} null) only what the evaluation knows is said.
     */
    static String facts(SnapshotIndex index, Box b, Evaluation evaluation) {
        return FactSheet.of(index, evaluation, b.ref()).text();
    }
}
