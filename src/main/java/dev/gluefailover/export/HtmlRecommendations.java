package dev.gluefailover.export;

import dev.gluefailover.review.Recommendation;
import java.util.List;

/** The proven recommendations of {@code review} in the shape the HTML review shows. */
public final class HtmlRecommendations {
    private HtmlRecommendations() {
    }

    /** Each recommendation with its reason, the before → after lines that change and its commands. */
    public static List<HtmlRecommendation> of(List<Recommendation> proven) {
        return proven.stream().map(r -> new HtmlRecommendation(r.title(), r.reason(), r.changes(),
                r.fix().commands())).toList();
    }
}
