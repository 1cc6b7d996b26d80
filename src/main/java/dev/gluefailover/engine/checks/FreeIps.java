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
                        : Evidence.fact("simulated", "free IPs set to " + simulated + " (snapshot: "
                                + subnet.availableIpAddressCount() + ")"));
        if (free == null) {
            Optional<LoadProblem> p = c.problem(EC2_SUBNETS, subnet.subnetId());
            if (p.isPresent()) {
                return couldNotRead(p.get(), "free IPs of " + subnet.subnetId(), evidence);
            }
            return result(CheckStatus.UNKNOWN, "The snapshot does not record how many IPs subnet " + subnet.subnetId()
                    + " has free.", evidence);
        }
        if (free > 0) {
            return result(CheckStatus.PASS, "Subnet " + subnet.subnetId() + " has " + free + " free IP addresses.",
                    evidence);
        }
        return result(CheckStatus.FAIL, "Number of IP addresses on subnet is 0 [FIELD F1]: subnet " + subnet.subnetId()
                + " has no free IP address.", evidence);
    }
}
