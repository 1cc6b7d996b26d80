package dev.gluefailover.review;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.checks.AllEgress;
import dev.gluefailover.engine.checks.SelfIngress;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidate fixes for one job, derived from its evaluation (every check of every connection)
 * and its resilience summary. Nothing here is offered yet: {@link Recommendations} proves each
 * candidate on a fork and keeps those that improve something.
 *
 * <p>Which check leads to which fix: NO_S3_ENDPOINT_OR_NAT and NO_S3_ROUTE_NO_PROXY → the S3 gateway
 * endpoint on the table; NAT_IN_FAILED_AZ, a NAT single point of failure or an AZ outage not
 * survived → a NAT per zone; every connection in one zone → a connection in another zone;
 * IPS_BELOW_WORKERS and NO_FREE_IPS → move the connection; a chosen connection whose run fails
 * while a later one works → reorder; AZ_MISMATCH → the subnet's zone in the connection;
 * DNS_DISABLED → the VPC's DNS attributes; SG_NO_SELF_INGRESS and SG_NO_EGRESS → the rule;
 * ROLE_CANNOT_DESCRIBE and ROLE_CANNOT_CREATE_ENI → the role's policy. CONNECTION_NOT_FOUND,
 * CONNECTION_NOT_READY, SUBNET_INVALID, SG_OTHER_VPC, AZ_UNHEALTHY and PRIVATE_NAT_ONLY have no
 * fix a command could make without knowing more than the snapshot holds (or they are the AZ
 * outage itself); NAT_ROUTE_NOT_DEFAULT only warns, so no fix of it could prove an improvement.
 */
final class Fixes {
    private Fixes() {
    }

    /** A fix and why it is proposed. */
    record Candidate(Fix fix, String reason) {
    }

    /** Every candidate fix for the job, from each kind's generator in turn (one class per kind). */
    static List<Candidate> candidates(Engine engine, GlueJob job, Simulation simulation, RuleSettings settings,
            Recommendation.Standing before) {
        FixContext c = new FixContext(engine, engine.index(), engine.snapshot(), job, simulation, settings,
                before.evaluation(), before.resilience());
        List<Candidate> out = new ArrayList<>();
        NatPerAzFix.propose(c, out);
        S3EndpointFix.propose(c, out);
        ConnectionFixes.addConnection(c, out);
        ConnectionFixes.moveConnection(c, out);
        ConnectionFixes.reorder(c, out);
        ConnectionFixes.connectionAz(c, out);
        DnsFix.propose(c, out);
        SecurityGroupRuleFix.propose(c, out, SelfIngress.DEFINITION.code(), FixKind.SELF_REFERENCING_INGRESS);
        SecurityGroupRuleFix.propose(c, out, AllEgress.DEFINITION.code(), FixKind.ALL_EGRESS);
        RolePolicyFix.propose(c, out);
        return out;
    }
}
