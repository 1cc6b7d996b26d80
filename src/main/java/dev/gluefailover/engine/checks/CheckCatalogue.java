package dev.gluefailover.engine.checks;

import dev.gluefailover.rules.CheckDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every check, registered once, in the order the engine evaluates them: first the gates (the
 * connection exists, is READY, has network settings, the job's role may describe the network, its
 * subnet is valid), then the checks on a valid subnet, selection checks before run checks. A new
 * check is one line in {@link #ON_VALID_SUBNET}.
 */
public final class CheckCatalogue {
    /** A job names a connection the snapshot does not hold: this is its only result. */
    public static final ConnectionExists CONNECTION_EXISTS = new ConnectionExists();

    /** Every connection the snapshot holds, placed or not: a FAILED one may end the launch. */
    public static final ConnectionStatus CONNECTION_STATUS = new ConnectionStatus();

    /** A connection without a subnet: this (after its status) is its only result. */
    public static final HasNetworkPlacement NETWORK_PLACEMENT = new HasNetworkPlacement();

    /** Every placed connection: Glue's checks run as the job's role. */
    public static final RoleCanDescribe ROLE_CAN_DESCRIBE = new RoleCanDescribe();

    /** Always reported for a placed connection; the checks below run only when it passes. */
    public static final SubnetValid SUBNET_VALID = new SubnetValid();

    /** The egress check, whose finding the later checks build on. */
    public static final EgressToS3OrNat EGRESS = new EgressToS3OrNat();

    /** The checks on a connection whose subnet is valid, in evaluation order. */
    public static final List<ConnectionCheck> ON_VALID_SUBNET = List.of(
            new AzMatches(),
            EGRESS,
            new FreeIps(),
            new AzHealthy(),
            new SelfIngress(),
            new AllEgress(),
            new SecurityGroupsInSubnetVpc(),
            new IpsForWorkers(),
            new NatInHealthyAz(),
            new NatRouteIsDefault(),
            new PrivateNatAlone(),
            new S3WithoutProxy(),
            new DnsEnabled(),

            new RoleCanCreateEni());

    private static final List<ConnectionCheck> ALL = inOrder();

    private CheckCatalogue() {
    }

    private static List<ConnectionCheck> inOrder() {
        List<ConnectionCheck> all = new ArrayList<>();
        all.add(CONNECTION_EXISTS);
        all.add(CONNECTION_STATUS);
        all.add(NETWORK_PLACEMENT);
        all.add(ROLE_CAN_DESCRIBE);
        all.add(SUBNET_VALID);
        all.addAll(ON_VALID_SUBNET);
        return List.copyOf(all);
    }

    /** Every check in evaluation order. */
    public static List<ConnectionCheck> all() {
        return ALL;
    }

    /** Every check's catalogue entry, in evaluation order (for {@code checks} and reports). */
    public static List<CheckDefinition> definitions() {
        return ALL.stream().map(ConnectionCheck::definition).toList();
    }

    public static Optional<CheckDefinition> definition(String code) {
        for (ConnectionCheck c : ALL) {
            if (c.code().equals(code)) {
                return Optional.of(c.definition());
            }
        }
        return Optional.empty();
    }
}
