package dev.gluefailover.review;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The short runbook next to an experiment template (Markdown): what the experiment cuts and its
 * blast radius, which connection the engine expects Glue to use while it runs and whether the run
 * should work, the steps (create, start, run the job, confirm in CloudTrail and the job's error log,
 * stop, clean up), and the manual way for each failure FIS cannot inject. Every command is text to
 * copy; the tool runs none of them.
 */
public final class FisRunbook {
    private static final Messages TEXT = Messages.of("fis");

    private FisRunbook() {
    }

    /**
     * What the engine expects under the experiment: the evaluation with the failures the template
     * injects, and without any.
     *
     * @param baseline the job with no failure
     * @param expected the job with exactly the failures the template injects
     */
    public record Expectation(Evaluation baseline, Evaluation expected) {
    }

    /** Works out the expectation with the engine: the template's injected failures, and none. */
    public static Expectation expect(Engine engine, FisExperiment experiment, RuleSettings settings) {
        Evaluation baseline = engine.evaluate(experiment.job(), Simulation.NONE, settings);
        Evaluation expected = engine.evaluate(experiment.job(), new Simulation(experiment.injected()), settings);
        return new Expectation(baseline, expected);
    }

    /**
     * The runbook.
     *
     * @param source      where the snapshot came from (a file, a sample, an account)
     * @param generatedAt when (ISO-8601), for the header
     */
    public static String markdown(Engine engine, FisExperiment x, Expectation expectation, String source,
            String generatedAt) {
        StringBuilder md = new StringBuilder(4096);
        String job = x.job().name();
        String region = x.region();
        md.append("# ").append(TEXT.get("runbook.title", job)).append("\n\n");
        md.append(TEXT.get("runbook.generated", generatedAt, source == null ? "-" : source)).append("\n\n");
        md.append(TEXT.get("runbook.neverCalls")).append("\n\n");

        md.append("## ").append(TEXT.get("runbook.what")).append("\n\n");
        if (x.actions().isEmpty()) {
            md.append(TEXT.get("runbook.noActions")).append("\n\n");
        }
        for (FisExperiment.Action a : x.actions()) {
            md.append("- **").append(a.name()).append("** — ").append(a.failure().describe()).append(": ")
                    .append(TEXT.get("runbook.action", "`" + FisExperiment.ACTION_ID + "`",
                            x.options().duration().toString()))
                    .append('\n');
            for (FisExperiment.TargetSubnet s : a.subnets()) {
                md.append("  - `").append(s.subnetId()).append("` (").append(s.name()).append(", ")
                        .append(zone(s)).append(')');
                if (!s.carries().isEmpty()) {
                    md.append(": ").append(carries(engine, s.carries()));
                }
                md.append('\n');
            }
        }
        if (!x.actions().isEmpty()) {
            md.append('\n');
        }
        if (!x.notInjected().isEmpty()) {
            md.append("### ").append(TEXT.get("runbook.notInjected")).append("\n\n");
            for (FisExperiment.NotInjected n : x.notInjected()) {
                md.append("- ").append(n.failure().describe()).append(": ").append(reason(n)).append('\n');
                for (String step : manual(engine, x, n)) {
                    md.append("  - ").append(step).append('\n');
                }
            }
            md.append('\n');
        }

        md.append("## ").append(TEXT.get("runbook.blast")).append("\n\n");
        md.append("> **").append(TEXT.get("runbook.warning")).append("** ").append(TEXT.get("runbook.blastAll"))
                .append('\n');
        for (FisExperiment.Action a : x.actions()) {
            if (a.failure() instanceof SimulatedFailure.NatGatewayFailure nat) {
                FisExperiment.TargetSubnet s = a.subnets().get(0);
                List<ElementRef> others = s.carries().stream()
                        .filter(r -> !(r.kind() == ElementKind.NAT_GATEWAY && r.id().equals(nat.target()))).toList();
                md.append(">\n> ").append(TEXT.get("runbook.blastNat", nat.target(), s.subnetId()));
                if (!others.isEmpty()) {
                    md.append(' ').append(TEXT.get("runbook.blastAlso", carries(engine, others)));
                }
                md.append('\n');
            }
        }
        md.append(">\n> ").append(TEXT.get("runbook.blastWhere")).append("\n\n");

        md.append("## ").append(TEXT.get("runbook.expect")).append("\n\n");
        Evaluation base = expectation.baseline();
        Evaluation during = expectation.expected();
        md.append("- ").append(TEXT.get("runbook.without", base.headline())).append('\n');
        md.append("- ").append(TEXT.get("runbook.during", during.headline())).append('\n');
        Optional<ConnectionEvaluation> chosen = during.chosen();
        if (chosen.isPresent()) {
            ConnectionEvaluation c = chosen.get();
            md.append("- ").append(TEXT.get("runbook.expectSubnet", "#" + c.order() + " " + c.name(),
                    "`" + c.subnetId() + "`", c.availabilityZone() == null ? "-" : c.availabilityZone())).append('\n');
            md.append("- ").append(c.runWouldSucceed() ? TEXT.get("runbook.runWorks")
                    : TEXT.get("runbook.runFails", String.join(", ", c.runChecks().stream()
                            .filter(r -> r.status() != CheckStatus.PASS).map(CheckResult::code).toList())))
                    .append('\n');
        } else if (during.outcome() != Evaluation.Outcome.RUNS_OUTSIDE_VPC) {
            md.append("- ").append(TEXT.get("runbook.noStart")).append('\n');
        }
        if (!during.choiceCertain()) {
            md.append("- ").append(TEXT.get("runbook.uncertain", String.join("; ", during.uncertainty()))).append('\n');
        }
        if (!during.inferencesBehindVerdict().isEmpty()) {
            md.append("- ").append(TEXT.get("runbook.inferences", String.join(", ", during.inferencesBehindVerdict())))
                    .append('\n');
        }
        if (x.actions().stream().anyMatch(a -> a.failure() instanceof SimulatedFailure.AzOutage)) {
            md.append("- ").append(TEXT.get("runbook.azCaveat")).append('\n');
        }
        md.append('\n');

        md.append("## ").append(TEXT.get("runbook.steps")).append("\n\n");
        int n = 1;
        if (x.hasPlaceholders()) {
            md.append(n++).append(". ").append(TEXT.get("runbook.step.fill", "`" + FisExperiment.PLACEHOLDER_MARK + "…`"))
                    .append('\n');
        }
        md.append(n++).append(". ").append(TEXT.get("runbook.step.create")).append("\n\n")
                .append(code("aws fis create-experiment-template --cli-input-json file://experiment-template.json "
                        + "--region " + region + " --query experimentTemplate.id --output text"));
        md.append(n++).append(". ").append(TEXT.get("runbook.step.start")).append("\n\n")
                .append(code("aws fis start-experiment --experiment-template-id <template-id> --region " + region
                        + " --query experiment.id --output text\n"
                        + "aws fis get-experiment --id <experiment-id> --region " + region
                        + " --query experiment.state.status --output text"));
        md.append(n++).append(". ").append(TEXT.get("runbook.step.run", x.options().duration().toString()))
                .append("\n\n").append(code("aws glue start-job-run --job-name " + shell(job) + " --region " + region
                        + " --query JobRunId --output text\n"
                        + "aws glue get-job-run --job-name " + shell(job) + " --run-id <job-run-id> --region "
                        + region + " --query 'JobRun.[JobRunState,ErrorMessage]'"));
        String role = x.job().role() == null ? "<job-role>" : roleName(x.job().role());
        md.append(n++).append(". ").append(TEXT.get("runbook.step.confirm", "`" + role + "/GlueJobRunnerSession`",
                chosen.map(c -> "`" + c.subnetId() + "`").orElse(TEXT.get("runbook.noSubnet")))).append("\n\n")
                .append(code("aws cloudtrail lookup-events --region " + region
                        + " --lookup-attributes AttributeKey=EventName,AttributeValue=CreateNetworkInterface"
                        + " --start-time <experiment-start> --query 'Events[].CloudTrailEvent' --output text"));
        md.append("   ").append(TEXT.get("runbook.step.errorLog", "`/aws-glue/jobs/error`")).append("\n");
        md.append(n++).append(". ").append(TEXT.get("runbook.step.stop")).append("\n\n")
                .append(code("aws fis stop-experiment --id <experiment-id> --region " + region));
        md.append(n).append(". ").append(TEXT.get("runbook.step.clean")).append("\n\n")
                .append(code("aws fis delete-experiment-template --id <template-id> --region " + region));
        return md.toString();
    }

    private static String zone(FisExperiment.TargetSubnet s) {
        if (s.availabilityZone() == null) {
            return s.zoneId() == null ? "-" : s.zoneId();
        }
        return s.availabilityZone() + (s.zoneId() == null || s.zoneId().equals(s.availabilityZone()) ? ""
                : " / " + s.zoneId());
    }

    /** "connection #1 orders-db-1a, NAT gateway nat-0abc". */
    private static String carries(Engine engine, List<ElementRef> refs) {
        List<String> parts = new ArrayList<>();
        for (ElementRef r : refs) {
            if (r.kind() == ElementKind.CONNECTION) {
                parts.add(TEXT.get("runbook.connection", r.id()));
            } else {
                parts.add(TEXT.get("runbook.nat", r.id()));
            }
        }
        return String.join(", ", parts);
    }

    /** Why FIS does not inject this failure, in a sentence. */
    public static String reason(FisExperiment.NotInjected n) {
        return switch (n.reason()) {
            case ENDPOINT_HAS_NO_FIS_ACTION -> TEXT.get("reason.endpoint");
            case FREE_IPS_HAVE_NO_FIS_ACTION -> TEXT.get("reason.freeIps");
            case SUBNET_DELETION_HAS_NO_FIS_ACTION -> TEXT.get("reason.subnetDeleted");
            case NOTHING_IN_ZONE -> TEXT.get("reason.nothingInZone", n.failure().target());
            case NAT_SUBNET_UNKNOWN -> TEXT.get("reason.natSubnetUnknown", n.failure().target());
            case ALREADY_CUT -> TEXT.get("reason.alreadyCut", n.coveredBy());
        };
    }

    /** The manual way to reproduce what FIS cannot, as commands to copy. */
    private static List<String> manual(Engine engine, FisExperiment x, FisExperiment.NotInjected n) {
        List<String> steps = new ArrayList<>();
        String region = x.region();
        if (n.reason() == FisExperiment.Reason.ENDPOINT_HAS_NO_FIS_ACTION) {
            String id = n.failure().target();
            Optional<VpcEndpoint> e = engine.index().endpoint(id);
            if (e.isPresent() && e.get().isGateway() && !e.get().routeTableIds().isEmpty()) {
                String tables = String.join(" ", e.get().routeTableIds());
                steps.add(TEXT.get("manual.gateway", "`aws ec2 modify-vpc-endpoint --vpc-endpoint-id " + id
                        + " --remove-route-table-ids " + tables + " --region " + region + "`",
                        "`aws ec2 modify-vpc-endpoint --vpc-endpoint-id " + id + " --add-route-table-ids " + tables
                                + " --region " + region + "`"));
            } else if (e.isPresent() && e.get().isInterface() && !e.get().subnetIds().isEmpty()) {
                String subnets = String.join(" ", e.get().subnetIds());
                steps.add(TEXT.get("manual.interface", "`aws ec2 modify-vpc-endpoint --vpc-endpoint-id " + id
                        + " --remove-subnet-ids " + subnets + " --region " + region + "`",
                        "`aws ec2 modify-vpc-endpoint --vpc-endpoint-id " + id + " --add-subnet-ids " + subnets
                                + " --region " + region + "`"));
            } else {
                steps.add(TEXT.get("manual.endpointUnknown", id));
            }
            if (e.isPresent() && e.get().isS3()) {
                steps.add(TEXT.get("manual.s3Scope", "`scope: s3`"));
            }
        } else if (n.reason() == FisExperiment.Reason.FREE_IPS_HAVE_NO_FIS_ACTION) {
            steps.add(TEXT.get("manual.freeIps", "`aws ec2 create-network-interface --subnet-id "
                    + n.failure().target() + " --region " + region + "`", "`aws ec2 delete-network-interface`"));
        }
        return steps;
    }

    /** "role/GlueJobRole" or "arn:aws:iam::1:role/path/GlueJobRole" → "GlueJobRole". */
    private static String roleName(String role) {
        int slash = role.lastIndexOf('/');
        return slash >= 0 ? role.substring(slash + 1) : role;
    }

    private static String code(String text) {
        return "   ```sh\n   " + text.replace("\n", "\n   ") + "\n   ```\n\n";
    }

    /** A job name as one shell word. */
    private static String shell(String s) {
        return s.matches("[A-Za-z0-9_.:/=+@-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
