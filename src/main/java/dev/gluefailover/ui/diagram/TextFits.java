package dev.gluefailover.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;

/**
 * The texts of one drawing that must be shortened with "…" rather than cross their box's border.
 * They are cut in the middle ("10.30.10.0/24 · subnet-0c…private001a"): ids differ at their end,
 * and a cut at the end left "subnet-0c33private0…" in every column, which tells no subnet from
 * another. They are cut once, in the first layout pass after the build: only then has CSS given
 * them a font.
 */
final class TextFits {
    /** A text to cut to a width once its font is known. */
    private record Fit(Text text, String full, double maxWidth) {
    }

    private final List<Fit> fits = new ArrayList<>();
    private final Text measure = new Text();
    private boolean done;

    void add(Text text, String full, double maxWidth) {
        fits.add(new Fit(text, full, maxWidth));
    }

    /** The text shortened to {@code keep} characters, the first half kept before "…", the rest after. */
    static String middleCut(String s, int keep) {
        if (keep >= s.length()) {
            return s;
        }
        int head = (keep + 1) / 2;
        int tail = keep - head;
        return s.substring(0, head).stripTrailing() + "\u2026" + s.substring(s.length() - tail).stripLeading();
    }

    /** Cuts every text that is too wide, once; later calls do nothing. */
    void apply() {
        if (done) {
            return;
        }
        done = true;
        for (Fit f : fits) {
            Text t = f.text();
            if (t.getLayoutBounds().getWidth() <= f.maxWidth()) {
                continue;
            }
            measure.setFont(t.getFont());
            String s = f.full();
            int lo = 0;
            int hi = s.length();
            while (lo < hi) { // the most characters that fit, cut in the middle
                int mid = (lo + hi + 1) / 2;
                measure.setText(middleCut(s, mid));
                if (measure.getLayoutBounds().getWidth() <= f.maxWidth()) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            t.setText(middleCut(s, lo));
        }
    }
}
