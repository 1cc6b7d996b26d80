package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.VPC;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RuleSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    private static final DnsEnabled SELF = new DnsEnabled();

    public DnsEnabled() {
        super(DEFINITION);
    }

    /**
     * The VPCs whose DNS attributes can decide a verdict of the snapshot's jobs: those holding a
     * connection some run can use, one that fails no selection check now. A connection that fails
     * one is skipped now and under every single failure the what-if matrix simulates (a failure only
     * takes away), so no run uses it and its VPC's attributes decide nothing. A scan reads the
     * attributes (two calls per VPC, EC2 has no batch form) only for these.
     */
    public static Set<String> vpcsWhereAttributesDecide(Engine engine, RuleSettings settings) {
        Map<List<String>, GlueJob> distinct = new LinkedHashMap<>();
        for (GlueJob job : engine.snapshot().jobs()) {
            // Jobs naming the same connections with the same role and version have the same selection.
            distinct.putIfAbsent(List.of(String.join("\n", job.connectionNames()), String.valueOf(job.role()),
                    String.valueOf(job.glueVersion())), job);
        }
        Set<String> vpcs = java.util.concurrent.ConcurrentHashMap.newKeySet();
        distinct.values().parallelStream().forEach(job -> {
            for (ConnectionEvaluation ce : engine.evaluate(job, Simulation.NONE, settings).connections()) {
                if (ce.verdict() == Verdict.SKIPPED || ce.verdict() == Verdict.NO_NETWORK || ce.subnetId() == null) {
                    continue;
                }
                engine.index().subnet(ce.subnetId()).map(Subnet::vpcId).ifPresent(vpcs::add);
            }
        });
        return new TreeSet<>(vpcs);
    }

    /**
     * On a connection no run uses (it fails {@code failedSelection}), absent DNS attributes are not
     * an open question: the result says they were not needed, not that they are unknown. A result
     * from attributes that are there, or that a load problem hides, stays as it is.
     */
    public static CheckResult onConnectionNoRunUses(CheckResult result, CheckContext c, String failedSelection) {
        if (result.check() != DEFINITION || result.status() != CheckStatus.UNKNOWN || c.subnet() == null) {
            return result;
        }
        String vpcId = c.subnet().vpcId();
        Vpc vpc = c.index().vpc(vpcId).orElse(null);
        boolean absent = vpc == null || vpc.enableDnsSupport() == null || vpc.enableDnsHostnames() == null;
        if (!absent || c.problem(EC2_VPC_ATTRIBUTE, vpcId).isPresent()) {
            return result;
        }
        return SELF.result(CheckStatus.UNKNOWN, text("common.notChecked", text("DNS_DISABLED.notNeeded",
                failedSelection, vpcId)), evidence(Evidence.element("vpcId", VPC, vpcId)));
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
