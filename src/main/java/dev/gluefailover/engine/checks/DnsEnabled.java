package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.VPC;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;
import java.util.Optional;

/** The subnet's VPC has enableDnsSupport and enableDnsHostnames on [DOC S5]. */
public final class DnsEnabled extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("DNS_DISABLED",
            "VPC DNS support and hostnames are on", CheckKind.RUN, SourceTag.DOC, List.of(Source.S5),
            "Glue needs enableDnsSupport and enableDnsHostnames on the VPC.");

    public DnsEnabled() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        Subnet subnet = c.subnet();
        Vpc vpc = c.index().vpc(subnet.vpcId()).orElse(null);
        if (vpc == null || vpc.enableDnsSupport() == null || vpc.enableDnsHostnames() == null) {
            List<Evidence> evidence = evidence(Evidence.element("vpcId", VPC, subnet.vpcId()));
            Optional<LoadProblem> p = c.problem(EC2_VPC_ATTRIBUTE, subnet.vpcId());
            if (p.isPresent()) {
                return couldNotRead(p.get(), text("what.dnsAttributes", subnet.vpcId()), evidence);
            }
            return result(CheckStatus.UNKNOWN, text("DNS_DISABLED.unknown", subnet.vpcId()),
                    evidence);
        }
        List<Evidence> evidence = evidence(Evidence.element("vpcId", VPC, vpc.vpcId()),
                Evidence.fact("enableDnsSupport", vpc.enableDnsSupport().toString()),
                Evidence.fact("enableDnsHostnames", vpc.enableDnsHostnames().toString()));
        boolean support = vpc.enableDnsSupport();
        boolean hostnames = vpc.enableDnsHostnames();
        if (support && hostnames) {
            return result(CheckStatus.PASS, text("DNS_DISABLED.pass", vpc.vpcId()), evidence);
        }
        Object off = !support && !hostnames ? text("DNS_DISABLED.both") : !support ? "enableDnsSupport" : "enableDnsHostnames";
        return result(CheckStatus.FAIL, text("DNS_DISABLED.fail", off, vpc.vpcId()), evidence);
    }
}
