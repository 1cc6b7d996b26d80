package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.i18n.Text;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One check of a connection: its catalogue entry and its logic in one unit, as cfn-lint keeps a
 * rule. A new check is a subclass with a {@code DEFINITION}, its test, and one line in
 * {@link CheckCatalogue}.
 */
public abstract class ConnectionCheck {
    // The IAM actions whose load problems make a check UNKNOWN (the loader records them so).
    static final String EC2_SUBNETS = "ec2:DescribeSubnets";
    static final String EC2_ROUTE_TABLES = "ec2:DescribeRouteTables";
    static final String EC2_ENDPOINTS = "ec2:DescribeVpcEndpoints";
    static final String EC2_NATS = "ec2:DescribeNatGateways";
    static final String EC2_SGS = "ec2:DescribeSecurityGroups";
    static final String EC2_ZONES = "ec2:DescribeAvailabilityZones";
    static final String EC2_VPC_ATTRIBUTE = "ec2:DescribeVpcAttribute";
    static final String GLUE_CONNECTION = "glue:GetConnection";

    private final CheckDefinition definition;

    protected ConnectionCheck(CheckDefinition definition) {
        this.definition = definition;
    }

    public final CheckDefinition definition() {
        return definition;
    }

    public final String code() {
        return definition.code();
    }

    /** The check on one connection. */
    public abstract CheckResult evaluate(CheckContext context);

    /** The result reported when the check could not run ("Not checked: the subnet is not valid."). */
    public final CheckResult notChecked(Text why) {
        return result(CheckStatus.UNKNOWN, text("common.notChecked", why), List.of());
    }

    /** A sentence of the {@code checks} area: rendered only when a report or panel shows it. */
    protected static Text text(String key, Object... args) {
        return Text.of(AREA, key, args);
    }

    /** The {@code checks} area's bundle name. */
    public static final String AREA = "checks";

    protected final CheckResult result(CheckStatus status, Text message, List<Evidence> evidence) {
        return new CheckResult(definition, definition.kind(), status, message, evidence, List.of());
    }

    protected final CheckResult result(CheckStatus status, Text message, List<Evidence> evidence,
            List<String> settingsUsed) {
        return new CheckResult(definition, definition.kind(), status, message, evidence, settingsUsed);
    }

    protected final CheckResult result(CheckKind kind, CheckStatus status, Text message, List<Evidence> evidence,
            List<String> settingsUsed) {
        return new CheckResult(definition, kind, status, message, evidence, settingsUsed);
    }

    /** UNKNOWN, because the loader could not read what the check needs: says which action to grant. */
    protected final CheckResult couldNotRead(LoadProblem p, Text what, List<Evidence> evidence) {
        List<Evidence> e = new ArrayList<>(evidence.size() + 2);
        e.addAll(evidence);
        add(e, Evidence.fact("errorCode", p.errorCode()));
        add(e, Evidence.fact("action", p.action()));
        if (p.notInDesign()) {
            // a design (template, plan) names it but does not hold it: the problem says what and how to supply it
            return result(CheckStatus.UNKNOWN, text("common.notInDesign", p.message()), e);
        }
        return result(CheckStatus.UNKNOWN, text("common.couldNotRead", what, p.errorCode(), p.action()), e);
    }

    /**
     * Evidence in the order given, as an immutable list (the result keeps it without a copy);
     * items whose value is unknown (null) are left out.
     */
    protected static List<Evidence> evidence(Evidence... items) {
        int known = 0;
        for (Evidence e : items) {
            if (e != null) {
                known++;
            }
        }
        if (known == items.length) {
            return List.of(items);
        }
        Evidence[] present = new Evidence[known];
        int i = 0;
        for (Evidence e : items) {
            if (e != null) {
                present[i++] = e;
            }
        }
        return List.of(present);
    }

    /** Adds an item to a list being built, replacing one of the same key in place (a later finding overrides). */
    protected static void add(List<Evidence> list, Evidence item) {
        if (item == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).key().equals(item.key())) {
                list.set(i, item);
                return;
            }
        }
        list.add(item);
    }

    @Override
    public String toString() {
        return definition.code();
    }
}
