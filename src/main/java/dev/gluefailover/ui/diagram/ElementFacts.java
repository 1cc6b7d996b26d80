package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.FactSheet;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.ElementRef;

/**
 * A diagram tooltip: the element's {@link FactSheet} as lines, and what the mouse can do with it
 * here. The facts themselves are worked out once, below the UI, for the Details tab and the exports too.
 */
final class ElementFacts {
    private final SnapshotIndex index;

    ElementFacts(SnapshotIndex index) {
        this.index = index;
    }

    String describe(ElementRef ref, Evaluation evaluation) {
        FactSheet sheet = FactSheet.of(index, evaluation, ref);
        String hint = switch (ref.kind()) {
            case AVAILABILITY_ZONE -> sheet.failed() ? "Outage simulated: click the header to restore"
                    : "Click the header to simulate an outage";
            case SUBNET -> "Double-click or right-click to fail / restore";
            case NAT_GATEWAY, VPC_ENDPOINT -> sheet.failed() ? "Failure simulated: double-click to restore"
                    : "Double-click or right-click to fail";
            default -> null;
        };
        return hint == null ? sheet.text() : sheet.text() + "\n" + hint;
    }
}
