package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/** Only connections with network settings take part [DOC S2]; "has network settings" = a subnet is set [INF]. */
public final class HasNetworkPlacement extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("NO_NETWORK_PLACEMENT",
            "Connection has network settings", CheckKind.SELECTION, SourceTag.DOC, List.of(Source.S1, Source.S2),
            "Only connections with network settings take part; 'has network settings' means a subnet is set [INF].");

    public HasNetworkPlacement() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        List<Evidence> evidence = evidence(Evidence.fact("connectionType", c.connection().connectionType()));
        if (c.connection().hasNetworkPlacement()) {
            return result(CheckStatus.PASS, text("NO_NETWORK_PLACEMENT.pass", c.connection().subnetId()),
                    evidence);
        }
        return result(CheckStatus.FAIL, text("NO_NETWORK_PLACEMENT.fail"), evidence);
    }
}
