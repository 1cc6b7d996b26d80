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
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("diagram");
    private final SnapshotIndex index;

    ElementFacts(SnapshotIndex index) {
        this.index = index;
    }

    String describe(ElementRef ref, Evaluation evaluation) {
        FactSheet sheet = FactSheet.of(index, evaluation, ref);
        String hint = switch (ref.kind()) {
            case AVAILABILITY_ZONE -> TEXT.get(sheet.failed() ? "hint.zoneFailed" : "hint.zone");
            case SUBNET -> TEXT.get("hint.subnet");
            case NAT_GATEWAY, VPC_ENDPOINT -> TEXT.get(sheet.failed() ? "hint.elementFailed" : "hint.element");
            default -> null;
        };
        return hint == null ? sheet.text() : sheet.text() + "\n" + hint;
    }
}
