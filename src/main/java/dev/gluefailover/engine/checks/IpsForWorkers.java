package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.IpDemandModel;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * The subnet's free IPs cover what the run needs: about one per worker (Glue 2.0+) [DOC S3, INF] or
 * the conservative DPU figure [DOC S6], by setting; both figures are shown.
 */
public final class IpsForWorkers extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("IPS_BELOW_WORKERS",
            "Free IPs cover the run's workers", CheckKind.RUN, SourceTag.DOC, List.of(Source.S3, Source.S6),
            "Each worker (driver and executors) needs an IP in the subnet.");

    private static final List<String> USES_MODEL = List.of(Setting.IP_DEMAND_MODEL.key());

    public IpsForWorkers() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        Integer free = c.freeIps();
        IpDemand demand = c.ipDemand() != null ? c.ipDemand() : IpDemand.of(c.job());
        IpDemandModel model = c.settings().ipDemandModel();
        List<Evidence> evidence = evidence(Evidence.fact("freeIps", String.valueOf(free)),
                Evidence.fact("workersFigure", demand.workers() == null ? "unknown" : String.valueOf(demand.workers())),
                Evidence.fact("dpuFigure", demand.dpus() == null ? "unknown" : String.valueOf(demand.dpus())),
                Evidence.fact("model", model.name()));
        Integer needed = model == IpDemandModel.WORKERS ? demand.workers() : demand.dpus();
        Integer other = model == IpDemandModel.WORKERS ? demand.dpus() : demand.workers();
        // The setting decides the result only when the two figures would give different answers.
        boolean modelMatters = free == null || needed == null || other == null || (free >= needed) != (free >= other);
        List<String> used = modelMatters ? USES_MODEL : List.of();
        if (free == null || needed == null) {
            return result(CheckStatus.UNKNOWN, free == null ? "The subnet's free IP count is unknown."
                    : "The job sets neither workers nor capacity.", evidence, used);
        }
        String figures = free + " free IPs; the run needs about " + needed + " (" + demand.describe() + ")";
        if (free >= needed) {
            return result(CheckStatus.PASS, figures + ".", evidence, used);
        }
        return result(CheckStatus.FAIL, figures + ": Glue may choose the subnet, but the run cannot get an IP for "
                + "every worker.", evidence, used);
    }
}
