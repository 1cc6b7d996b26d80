package dev.gluefailover.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;

/**
 * The texts of one drawing that must end with "…" rather than cross their box's border. They
 * are cut once, in the first layout pass after the build: only then has CSS given them a font.
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
            while (lo < hi) { // the longest prefix that fits with its "…"
                int mid = (lo + hi + 1) / 2;
                measure.setText(s.substring(0, mid).stripTrailing() + "\u2026");
                if (measure.getLayoutBounds().getWidth() <= f.maxWidth()) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            t.setText(s.substring(0, lo).stripTrailing() + "\u2026");
        }
    }
}
