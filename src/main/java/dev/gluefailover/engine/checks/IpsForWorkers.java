package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.SUBNET;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.i18n.Text;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.IpDemandModel;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.ArrayList;
import java.util.List;

/**
 * The subnet's free IPs cover what the run needs: one per worker, {@code NumberOfWorkers} whatever the
 * worker type [DOC S3], or strictly more than the job's DPUs [DOC S6], by setting; both figures are
 * shown. Concurrent runs share the subnet (setting {@code concurrentRuns} [INF]); with auto scaling
 * the worker count is a maximum [DOC S9]. When the ENIs cannot be created, EC2 says the subnet "does
 * not have enough free addresses".
 */
public final class IpsForWorkers extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("IPS_BELOW_WORKERS",
            "Free IPs cover the run's workers", CheckKind.RUN, SourceTag.DOC, List.of(Source.S3, Source.S6, Source.S7, Source.S9),
            "Each worker (driver and executors) needs an IP in the subnet; when there are too few, creating the "
                    + "ENIs fails with EC2's \"does not have enough free addresses\".");

    public IpsForWorkers() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        Integer free = c.freeIps();
        IpDemand demand = c.ipDemand() != null ? c.ipDemand() : IpDemand.of(c.job());
        IpDemandModel model = c.settings().ipDemandModel();
        int runs = c.settings().number(Setting.CONCURRENT_RUNS);
        Integer byWorkers = demand.workersNeeded(runs);
        Integer byDpus = demand.dpuNeeded(runs);
        Integer needed = demand.needed(model, runs);
        List<Evidence> evidence = new ArrayList<>(8);
        add(evidence, Evidence.element("subnetId", SUBNET, c.subnet().subnetId()));
        add(evidence, Evidence.fact("freeIps", String.valueOf(free)));
        add(evidence, byWorkers == null ? Evidence.fact("workersFigure", text(demand.fromMaxCapacity()
                ? "IPS_BELOW_WORKERS.noWorkers" : "value.unknown")) : Evidence.fact("workersFigure", String.valueOf(byWorkers)));
        add(evidence, Evidence.fact("dpuFigure", IpDemand.number(demand.dpus() == null ? null : demand.dpus() * runs)));
        add(evidence, Evidence.fact("model", model.name()));
        if (runs > 1) {
            add(evidence, Evidence.fact("concurrentRuns", runs + (c.job().maxConcurrentRuns() == null ? ""
                    : " (MaxConcurrentRuns " + c.job().maxConcurrentRuns() + ")")));
        }
        if (demand.autoScaling()) {
            add(evidence, Evidence.fact("autoScaling", text("IPS_BELOW_WORKERS.autoScalingOn")));
        }
        // The model decides only when the two figures would give different answers (or one is missing).
        Integer other = model == IpDemandModel.WORKERS ? byDpus : byWorkers;
        boolean modelMatters = free == null || needed == null || other == null || (free >= needed) != (free >= other);
        List<String> used = new ArrayList<>(2);
        if (modelMatters) {
            used.add(Setting.IP_DEMAND_MODEL.key());
        }
        if (runs > 1) {
            used.add(Setting.CONCURRENT_RUNS.key());
        }
        if (free == null || needed == null) {
            return result(CheckStatus.UNKNOWN, free == null ? text("IPS_BELOW_WORKERS.freeUnknown")
                    : text("IPS_BELOW_WORKERS.needUnknown", demand.describeText()), evidence, used);
        }
        Text amount = demand.labelledByDpus(model)
                ? text(demand.autoScaling() ? "IPS_BELOW_WORKERS.atMostDpus" : "IPS_BELOW_WORKERS.dpus", needed,
                        IpDemand.number(demand.dpus() * runs))
                : text(demand.autoScaling() ? "IPS_BELOW_WORKERS.atMostWorkers" : "IPS_BELOW_WORKERS.workers", needed);
        Text need = runs > 1 ? text("IPS_BELOW_WORKERS.runsNeed", runs, amount) : text("IPS_BELOW_WORKERS.runNeeds", amount);
        Text figures = text(demand.autoScaling() ? "IPS_BELOW_WORKERS.figuresAutoScaling" : "IPS_BELOW_WORKERS.figures",
                free, need, demand.describeText());
        if (free >= needed) {
            return result(CheckStatus.PASS, text("IPS_BELOW_WORKERS.pass", figures), evidence, used);
        }
        return result(CheckStatus.FAIL, text("IPS_BELOW_WORKERS.fail", figures, c.subnet().subnetId()), evidence,
                used);
    }
}
