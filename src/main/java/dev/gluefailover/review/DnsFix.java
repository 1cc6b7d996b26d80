package dev.gluefailover.review;

import static dev.gluefailover.review.FixContext.failed;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.checks.DnsEnabled;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.review.Fixes.Candidate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The VPC's DNS support and DNS hostnames on: proposed for DNS_DISABLED. */
final class DnsFix {
    private static final Messages TEXT = Messages.of("review");

    private DnsFix() {
    }

    static void propose(FixContext c, List<Candidate> out) {
        Set<String> done = new LinkedHashSet<>();
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            if (!failed(ce, DnsEnabled.DEFINITION.code())) {
                continue;
            }
            Optional<String> vpcId = c.index().subnet(ce.subnetId()).map(Subnet::vpcId);
            if (vpcId.isEmpty() || !done.add(vpcId.get()) || c.index().vpc(vpcId.get()).isEmpty()) {
                continue;
            }
            var vpc = c.index().vpc(vpcId.get()).get();
            List<String> commands = new ArrayList<>();
            if (!Boolean.TRUE.equals(vpc.enableDnsSupport())) {
                commands.add("aws ec2 modify-vpc-attribute --vpc-id " + vpc.vpcId() + " --enable-dns-support '{\"Value\":true}'");
            }
            if (!Boolean.TRUE.equals(vpc.enableDnsHostnames())) {
                commands.add("aws ec2 modify-vpc-attribute --vpc-id " + vpc.vpcId()
                        + " --enable-dns-hostnames '{\"Value\":true}'");
            }
            String id = vpc.vpcId();
            Fix fix = new Fix(FixKind.DNS_ATTRIBUTES, FixKind.DNS_ATTRIBUTES + ":" + id, TEXT.get("title.dns", id),
                    List.of(), List.of(new ElementRef(ElementKind.VPC, id)), commands, List.of(TEXT.get("note.dns")),
                    s -> s.withVpcs(s.vpcs().stream().map(v -> v.vpcId().equals(id)
                            ? new dev.gluefailover.model.Vpc(v.vpcId(), v.cidrBlock(), true, true, v.tags()) : v)
                            .toList()));
            out.add(new Candidate(fix, TEXT.get("reason.dns", ce.order(), ce.name(), id)));
        }
    }

}
