package dev.gluefailover.model;

import java.util.List;
import java.util.Objects;

/**
 * A training drill stored with the snapshot: steps a trainer walks a room through, each a set of
 * simulated failures with a caption in English and Japanese and the outcome the engine should give.
 *
 * @param name a short id ({@code az-outage})
 * @param titleEn the drill's title in English
 * @param titleJa the drill's title in Japanese (null: the English one)
 * @param steps the steps in order
 */
public record Drill(String name, String titleEn, String titleJa, List<DrillStep> steps) {
    public Drill {
        Objects.requireNonNull(name, "name");
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
