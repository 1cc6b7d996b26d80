package dev.gluefailover.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence not yet rendered: an area, a key and its arguments. The engine makes these on its hot
 * path and renders nothing; a report or a panel renders one in the language it speaks ({@link #get()}
 * the current one, {@link #in(Locale)} a given one, e.g. English for JSON). An argument that is itself a
 * {@code Text} is rendered in the same language; a number is written as digits, without grouping
 * (ids, counts and CIDR sizes read as the data has them). {@link #verbatim} wraps what is not ours to
 * translate: a name, an AWS error text, Glue's own message.
 */
public final class Text {
    private final String area;
    private final String key;
    private final Object[] args;
    private volatile Rendered last;

    private record Rendered(Locale locale, String text) {
    }

    private Text(String area, String key, Object[] args) {
        this.area = area;
        this.key = key;
        this.args = args;
    }

    /** The text for {@code key} in {@code area}'s bundles, with its arguments. */
    public static Text of(String area, String key, Object... args) {
        return new Text(Objects.requireNonNull(area, "area"), Objects.requireNonNull(key, "key"), args.clone());
    }

    /** A text that reads the same in every language (a name, an id, a message AWS or Glue wrote). */
    public static Text verbatim(String value) {
        return new Text(null, Objects.requireNonNull(value, "value"), new Object[0]);
    }

    /** The parts rendered in one language and joined by the separator (ids with ", ", findings with "; "). */
    public static Text join(Object separator, java.util.Collection<?> parts) {
        Object[] a = new Object[parts.size() + 1];
        a[0] = Objects.requireNonNull(separator, "separator");
        int i = 1;
        for (Object p : parts) {
            a[i++] = p;
        }
        return new Text(JOIN, "", a);
    }

    private static final String JOIN = "\u0000join";

    /** The key ({@code null} area for a verbatim text: the key is the text itself). */
    public String key() {
        return key;
    }

    public String area() {
        return area;
    }

    /** In the current language. */
    public String get() {
        return in(Messages.language());
    }

    /** In a given language. */
    public String in(Locale locale) {
        if (area == null) {
            return key;
        }
        if (area == JOIN) {
            StringBuilder sb = new StringBuilder();
            Object separator = arg(args[0], locale);
            for (int i = 1; i < args.length; i++) {
                sb.append(i == 1 ? "" : separator).append(arg(args[i], locale));
            }
            return sb.toString();
        }
        Rendered r = last;
        if (r != null && r.locale().equals(locale)) {
            return r.text();
        }
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = arg(args[i], locale);
        }
        String s = Messages.of(area).in(locale, key, a);
        last = new Rendered(locale, s);
        return s;
    }

    private static Object arg(Object o, Locale locale) {
        if (o instanceof Text t) {
            return t.in(locale);
        }
        if (o instanceof Number n && !(o instanceof Double) && !(o instanceof Float)) {
            return n.toString();
        }
        return o == null ? "" : o;
    }

    @Override
    public String toString() {
        return get();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && Objects.equals(area, t.area) && key.equals(t.key) && Arrays.equals(args, t.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area, key, Arrays.hashCode(args));
    }
}
