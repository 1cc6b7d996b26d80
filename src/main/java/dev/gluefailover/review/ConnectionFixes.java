package dev.gluefailover.review;

import static dev.gluefailover.review.FixCommands.connectionInput;
import static dev.gluefailover.review.FixCommands.updateJobCommands;
import static dev.gluefailover.review.FixContext.failed;
import static dev.gluefailover.review.FixContext.zoneLabel;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.engine.checks.AzMatches;
import dev.gluefailover.engine.checks.FreeIps;
import dev.gluefailover.engine.checks.IpsForWorkers;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.review.Fixes.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fixes that change the job's connections: a connection in another zone (every connection in
 * one zone), a connection moved to a subnet with room (IPS_BELOW_WORKERS, NO_FREE_IPS), the job's
 * order (a chosen connection whose run fails while a later one works) and the connection's zone
 * (AZ_MISMATCH).
 */
final class ConnectionFixes {
    private static final Messages TEXT = Messages.of("review");

    private ConnectionFixes() {
    }

    static void addConnection(FixContext c, List<Candidate> out) {
        boolean oneZone = c.resilience().singlePointsOfFailure().stream()
                .anyMatch(s -> s.kind() == Resilience.Kind.AVAILABILITY_ZONE);
        if (!oneZone && c.resilience().survivesAnySingleAzOutage()) {
            return;
        }
        Optional<ConnectionEvaluation> template = c.evaluation().chosen()
                .filter(ce -> ce.connection() != null && ce.connection().hasNetworkPlacement());
        if (template.isEmpty()) {
            return;
        }
        GlueConnection t = template.get().connection();
        Subnet tSubnet = c.index().subnet(t.subnetId()).orElse(null);
        if (tSubnet == null) {
            return;
        }
        Set<String> usedZones = new LinkedHashSet<>();
        Set<String> usedSubnets = new LinkedHashSet<>();
        for (Subnet s : c.connectionSubnets()) {
            usedZones.add(c.index().zoneIdOf(s));
            usedSubnets.add(s.subnetId());
        }
        List<Subnet> candidates = c.index().subnetsIn(tSubnet.vpcId()).stream()
                .filter(s -> !usedSubnets.contains(s.subnetId()) && c.index().zoneIdOf(s) != null
                        && !usedZones.contains(c.index().zoneIdOf(s)))
                .sorted(Comparator.comparing((Subnet s) -> c.index().isPublic(s))
                        .thenComparing(s -> -(s.availableIpAddressCount() == null ? 0 : s.availableIpAddressCount()))
                        .thenComparing(Subnet::subnetId))
                .toList();
        for (Subnet s : candidates) {
            String zoneId = c.index().zoneIdOf(s);
            String name = uniqueConnectionName(c.snapshot(), t.name() + "-proposed-" + zoneId);
            GlueConnection added = new GlueConnection(name, t.connectionType(), s.subnetId(), t.securityGroupIds(),
                    s.availabilityZone(), t.jdbcUrl(), "READY", null);
            List<String> order = new ArrayList<>(c.job().connectionNames());
            order.add(name);
            GlueJob job = c.job().withConnectionNames(order);
            java.util.function.UnaryOperator<Snapshot> change = snap -> {
                List<GlueConnection> list = new ArrayList<>(snap.connections());
                list.add(added);
                return snap.withConnections(list).withJob(job);
            };
            // Only a subnet on which the new connection would pass and its run work is named.
            Snapshot fork = change.apply(c.snapshot());
            Evaluation e = new Engine(fork).evaluate(job, c.simulation(), c.settings());
            Optional<ConnectionEvaluation> ne = e.connection(name);
            if (ne.isEmpty() || ne.get().verdict() != Verdict.PASSES && ne.get().verdict() != Verdict.CHOSEN
                    || !ne.get().runWouldSucceed()) {
                continue;
            }
            List<String> commands = new ArrayList<>();
            commands.add("# " + TEXT.get("cmd.createConnection", name, s.subnetId(), zoneLabel(c.index(), zoneId)));
            commands.add("aws glue create-connection --connection-input '" + connectionInput(added) + "'");
            commands.addAll(updateJobCommands(c.job(), order));
            String reason = oneZone
                    ? TEXT.get("reason.oneZone", zoneLabel(c.index(), c.index().zoneIdOf(tSubnet)))
                    : TEXT.get("reason.azOutage", c.resilience().azOutage().text());
            Fix fix = new Fix(FixKind.ADD_CONNECTION_IN_OTHER_AZ, FixKind.ADD_CONNECTION_IN_OTHER_AZ + ":" + name,
                    TEXT.get("title.addConnection", s.subnetId(), zoneLabel(c.index(), zoneId)),
                    List.of(new ElementRef(ElementKind.CONNECTION, name)), List.of(), commands,
                    List.of(TEXT.get("note.credentials", t.name()), TEXT.get("note.updateJob")), change);
            out.add(new Candidate(fix, reason));
            return;
        }
    }

    private static String uniqueConnectionName(Snapshot s, String base) {
        String name = base;
        for (int i = 2; s.connection(name).isPresent(); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    // ---------------------------------------------------------------- move a connection

    static void moveConnection(FixContext c, List<Candidate> out) {
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            boolean fewIps = failed(ce, IpsForWorkers.DEFINITION.code()) || failed(ce, FreeIps.DEFINITION.code());
            if (!fewIps || ce.connection() == null) {
                continue;
            }
            Subnet current = c.index().subnet(ce.subnetId()).orElse(null);
            if (current == null) {
                continue;
            }
            String zone = c.index().zoneIdOf(current);
            List<Subnet> candidates = c.index().subnetsIn(current.vpcId()).stream()
                    .filter(s -> !s.subnetId().equals(current.subnetId()))
                    .sorted(Comparator.comparing((Subnet s) -> !java.util.Objects.equals(zone, c.index().zoneIdOf(s)))
                            .thenComparing(s -> -(s.availableIpAddressCount() == null ? 0 : s.availableIpAddressCount()))
                            .thenComparing(Subnet::subnetId))
                    .toList();
            GlueConnection old = ce.connection();
            for (Subnet s : candidates) {
                GlueConnection moved = new GlueConnection(old.name(), old.connectionType(), s.subnetId(),
                        old.securityGroupIds(), s.availabilityZone(), old.jdbcUrl(), old.status(), old.statusReason());
                java.util.function.UnaryOperator<Snapshot> change = snap -> replaceConnection(snap, moved);
                Evaluation e = new Engine(change.apply(c.snapshot())).evaluate(c.job(), c.simulation(), c.settings());
                Optional<ConnectionEvaluation> after = e.connection(old.name());
                if (after.isEmpty() || after.get().verdict() != Verdict.PASSES && after.get().verdict() != Verdict.CHOSEN
                        || !after.get().runWouldSucceed()) {
                    continue;
                }
                String code = failed(ce, FreeIps.DEFINITION.code()) ? FreeIps.DEFINITION.code()
                        : IpsForWorkers.DEFINITION.code();
                List<String> commands = new ArrayList<>();
                commands.add("# " + TEXT.get("cmd.updateConnection", old.name()));
                commands.add("aws glue update-connection --name " + old.name() + " --connection-input '"
                        + connectionInput(moved) + "'");
                Fix fix = new Fix(FixKind.MOVE_CONNECTION_SUBNET, FixKind.MOVE_CONNECTION_SUBNET + ":" + old.name(),
                        TEXT.get("title.move", old.name(), current.subnetId(), s.subnetId()), List.of(),
                        List.of(new ElementRef(ElementKind.CONNECTION, old.name())), commands,
                        List.of(TEXT.get("note.updateConnection")), change);
                out.add(new Candidate(fix, TEXT.get("reason.move", ce.order(), old.name(), current.subnetId(),
                        String.valueOf(c.simulation().freeIps(current)), code)));
                break;
            }
        }
    }

    private static Snapshot replaceConnection(Snapshot s, GlueConnection changed) {
        return s.withConnections(s.connections().stream()
                .map(x -> x.name().equals(changed.name()) ? changed : x).toList());
    }

    // ---------------------------------------------------------------- reorder

    static void reorder(FixContext c, List<Candidate> out) {
        Evaluation e = c.evaluation();
        if (e.outcome() != Evaluation.Outcome.RUN_FAILS) {
            return;
        }
        ConnectionEvaluation chosen = e.chosen().orElseThrow();
        for (ConnectionEvaluation ce : e.connections()) {
            if (ce.order() > chosen.order() && ce.verdict() == Verdict.PASSES && ce.runWouldSucceed()) {
                List<String> order = new ArrayList<>();
                order.add(ce.name());
                c.job().connectionNames().stream().filter(n -> !n.equals(ce.name())).forEach(order::add);
                GlueJob job = c.job().withConnectionNames(order);
                List<String> commands = new ArrayList<>(updateJobCommands(c.job(), order));
                Fix fix = new Fix(FixKind.REORDER_CONNECTIONS, FixKind.REORDER_CONNECTIONS + ":" + ce.name(),
                        TEXT.get("title.reorder", ce.name()), List.of(),
                        List.of(new ElementRef(ElementKind.CONNECTION, ce.name()),
                                new ElementRef(ElementKind.CONNECTION, chosen.name())),
                        commands, List.of(TEXT.get("note.updateJob")), s -> s.withJob(job));
                out.add(new Candidate(fix, TEXT.get("reason.reorder", chosen.order(), chosen.name(),
                        String.join(", ", chosen.failedRunChecks()), ce.order(), ce.name())));
                return;
            }
        }
    }

    // ---------------------------------------------------------------- the connection's zone

    static void connectionAz(FixContext c, List<Candidate> out) {
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            if (!failed(ce, AzMatches.DEFINITION.code()) || ce.connection() == null) {
                continue;
            }
            Optional<Subnet> subnet = c.index().subnet(ce.subnetId());
            if (subnet.isEmpty() || subnet.get().availabilityZone() == null) {
                continue;
            }
            GlueConnection old = ce.connection();
            GlueConnection fixed = new GlueConnection(old.name(), old.connectionType(), old.subnetId(),
                    old.securityGroupIds(), subnet.get().availabilityZone(), old.jdbcUrl(), old.status(),
                    old.statusReason());
            Fix fix = new Fix(FixKind.CONNECTION_AZ, FixKind.CONNECTION_AZ + ":" + old.name(),
                    TEXT.get("title.connectionAz", old.name(), subnet.get().availabilityZone()), List.of(),
                    List.of(new ElementRef(ElementKind.CONNECTION, old.name())),
                    List.of("# " + TEXT.get("cmd.updateConnection", old.name()),
                            "aws glue update-connection --name " + old.name() + " --connection-input '"
                                    + connectionInput(fixed) + "'"),
                    List.of(TEXT.get("note.updateConnection")), s -> replaceConnection(s, fixed));
            out.add(new Candidate(fix, TEXT.get("reason.connectionAz", ce.order(), old.name(),
                    String.valueOf(old.availabilityZone()), old.subnetId(), subnet.get().availabilityZone())));
        }
    }

}
