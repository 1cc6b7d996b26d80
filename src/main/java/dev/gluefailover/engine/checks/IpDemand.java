package dev.gluefailover.engine.checks;

import dev.gluefailover.model.GlueJob;
import java.util.Locale;

/**
 * How many IPs a run needs, by the two figures the sources give: about one per worker
 * (Glue 2.0+ [DOC S3, INF]) and a conservative figure from DPUs [DOC S6]. Null when unknown.
 */
public record IpDemand(Integer workers, Integer dpus) {

    public static IpDemand of(GlueJob job) {
        Integer workers = job.numberOfWorkers();
        Double totalDpus = null;
        if (workers != null && job.workerType() != null) {
            totalDpus = workers * dpusPerWorker(job.workerType());
        } else if (job.maxCapacity() != null) {
            totalDpus = job.maxCapacity();
        }
        if (workers == null && job.maxCapacity() != null) {
            workers = (int) Math.ceil(job.maxCapacity());
        }
        Integer dpus = totalDpus == null ? null : (int) Math.ceil(totalDpus);
        return new IpDemand(workers, dpus);
    }

    private static double dpusPerWorker(String workerType) {
        return switch (workerType.toUpperCase(Locale.ROOT)) {
            case "G.025X" -> 0.25;
            case "G.2X", "Z.2X", "R.2X" -> 2;
            case "G.4X", "R.4X" -> 4;
            case "G.8X", "R.8X" -> 8;
            case "G.12X" -> 12;
            case "G.16X" -> 16;
            default -> 1; // Standard, G.1X, R.1X
        };
    }

    public String describe() {
        return (workers == null ? "workers unknown" : workers + " workers") + "; DPU figure "
                + (dpus == null ? "unknown" : dpus);
    }
}
