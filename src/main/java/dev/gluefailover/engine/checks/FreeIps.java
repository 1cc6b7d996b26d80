package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.SUBNET;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;
import java.util.Optional;

/**
 * The subnet has at least one free IP address [DOC S1] (the simulated figure when one is set). Glue
 * says "Number of IP addresses on subnet is 0" [FIELD F1]; EC2's "does not have enough free
 * addresses" is what creating too few ENIs gives, and belongs to {@link IpsForWorkers}.
 */
public final class FreeIps extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("NO_FREE_IPS", "Subnet has free IP addresses",
            CheckKind.SELECTION, SourceTag.DOC, List.of(Source.S1), "Number of IP addresses on subnet is 0 [FIELD F1]");

    public FreeIps() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        Subnet subnet = c.subnet();
        Integer simulated = c.simulation().freeIpOverride(subnet.subnetId()).orElse(null);
        Integer free = c.freeIps();
        List<Evidence> evidence = evidence(Evidence.element("subnetId", SUBNET, subnet.subnetId()),
                Evidence.fact("freeIps", String.valueOf(free)), simulated == null ? null
                        : Evidence.fact("simulated", text("evidence.freeIpsSet", simulated,
                                String.valueOf(subnet.availableIpAddressCount()))));
        if (free == null) {
            Optional<LoadProblem> p = c.problem(EC2_SUBNETS, subnet.subnetId());
            if (p.isPresent()) {
                return couldNotRead(p.get(), text("what.freeIps", subnet.subnetId()), evidence);
            }
            return result(CheckStatus.UNKNOWN, text("NO_FREE_IPS.unknown", subnet.subnetId()), evidence);
        }
        if (free > 0) {
            return result(CheckStatus.PASS, text("NO_FREE_IPS.pass", subnet.subnetId(), free),
                    evidence);
        }
        return result(CheckStatus.FAIL, text("NO_FREE_IPS.fail", subnet.subnetId()), evidence);
    }
}
