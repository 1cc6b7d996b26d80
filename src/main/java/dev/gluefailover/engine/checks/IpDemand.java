package dev.gluefailover.engine.checks;

import dev.gluefailover.model.GlueJob;
import java.util.Locale;
import java.util.Objects;

/**
 * How many IPs a run needs, by the two figures the sources give: about one per worker
 * (Glue 2.0+ [DOC S3, INF]) and a conservative figure from DPUs [DOC S6]. Null when unknown.
 * Worked out once per evaluation of a job, with the text every connection's result repeats.
 */
public final class IpDemand {
    private final Integer workers;
    private final Integer dpus;
    private final String description;

    public IpDemand(Integer workers, Integer dpus) {
        this.workers = workers;
        this.dpus = dpus;
        this.description = (workers == null ? "workers unknown" : workers + " workers") + "; DPU figure "
                + (dpus == null ? "unknown" : dpus);
    }

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

    /** About one IP per worker; null when unknown. */
    public Integer workers() {
        return workers;
    }

    /** The conservative figure from DPUs; null when unknown. */
    public Integer dpus() {
        return dpus;
    }

    /** "10 workers; DPU figure 20" */
    public String describe() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpDemand d && Objects.equals(d.workers, workers) && Objects.equals(d.dpus, dpus);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workers, dpus);
    }

    @Override
    public String toString() {
        return "IpDemand[" + description + "]";
    }
}
