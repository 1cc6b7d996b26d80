package dev.gluefailover.engine.checks;

import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.IpDemandModel;
import dev.gluefailover.i18n.Text;
import java.util.Locale;

/**
 * How many IPs one run of a job needs, by the two figures the sources give. The workers figure is
 * {@code NumberOfWorkers}, one IP per node whatever the worker type [DOC S3]; the DPU figure is the
 * job's DPUs (workers x DPUs per worker type, or {@code MaxCapacity} for jobs that set only that)
 * and the subnet needs strictly more free IPs than that [DOC S6]. With {@code --enable-auto-scaling}
 * the worker count is a maximum [DOC S9]. Worked out once per evaluation of a job.
 *
 * @param workers         NumberOfWorkers; null when the job does not set it
 * @param dpus            the job's DPUs; null when unknown (no capacity, or a worker type the spec's table lacks)
 * @param fromMaxCapacity the DPUs are the job's MaxCapacity (Python shell, Glue 0.9/1.0): there are no workers
 * @param autoScaling     {@code --enable-auto-scaling} is on: the figures are the most a run can use
 * @param workerType      as the job names it, e.g. {@code G.2X.GRAVITON}; null when unset
 */
public record IpDemand(Integer workers, Double dpus, boolean fromMaxCapacity, boolean autoScaling, String workerType) {

    static final String AUTO_SCALING = "--enable-auto-scaling";

    public static IpDemand of(GlueJob job) {
        Integer workers = job.numberOfWorkers();
        Double dpus = null;
        boolean fromMaxCapacity = false;
        if (workers != null) {
            Double perWorker = dpusPerWorker(job.workerType());
            dpus = perWorker == null ? null : workers * perWorker;
        } else if (job.maxCapacity() != null) {
            dpus = job.maxCapacity();
            fromMaxCapacity = true;
        }
        return new IpDemand(workers, dpus, fromMaxCapacity, job.argumentOn(AUTO_SCALING), job.workerType());
    }

    /**
     * DPUs per worker, from the spec's table [DOC S6, S7]; a {@code .GRAVITON} variant is its base
     * type. Null for a type the table does not list.
     */
    public static Double dpusPerWorker(String workerType) {
        if (workerType == null) {
            return null;
        }
        String base = workerType.trim().toUpperCase(Locale.ROOT);
        if (base.endsWith(".GRAVITON")) {
            base = base.substring(0, base.length() - ".GRAVITON".length());
        }
        return switch (base) {
            case "G.025X" -> 0.25;
            case "G.1X", "R.1X" -> 1.0;
            case "G.2X", "R.2X", "Z.2X" -> 2.0;
            case "G.4X", "R.4X" -> 4.0;
            case "G.8X", "R.8X" -> 8.0;
            case "G.12X" -> 12.0;
            case "G.16X" -> 16.0;
            default -> null;
        };
    }

    /** The IPs {@code runs} concurrent runs need by one IP per worker; null when the job has no worker count. */
    public Integer workersNeeded(int runs) {
        return workers == null ? null : workers * runs;
    }

    /** The fewest free IPs that are strictly more than the DPUs of {@code runs} runs; null when unknown. */
    public Integer dpuNeeded(int runs) {
        if (dpus == null) {
            return null;
        }
        // A small tolerance, so 0.25 x 8 workers is 2 DPUs and not 1.9999...
        return (int) Math.floor(dpus * runs + 1e-9) + 1;
    }

    /**
     * The free IPs the model asks for. A job with MaxCapacity only has no workers: under the workers
     * model its figure is the DPU one, labelled so ({@link #labelledByDpus}).
     */
    public Integer needed(IpDemandModel model, int runs) {
        if (model == IpDemandModel.DPUS || workers == null) {
            return dpuNeeded(runs);
        }
        return workersNeeded(runs);
    }

    /** The figure the model asks for is the DPU one (by the model, or because the job has no workers). */
    public boolean labelledByDpus(IpDemandModel model) {
        return model == IpDemandModel.DPUS || workers == null;
    }

    /** "20 workers (G.2X.GRAVITON), 40 DPUs" or "MaxCapacity 0.0625 DPUs (no workers)". */
    public String describe() {
        return describeText().get();
    }

    /** {@link #describe()} not yet rendered. */
    public Text describeText() {
        if (fromMaxCapacity) {
            return text("demand.maxCapacity", number(dpus));
        }
        if (workers == null) {
            return text("demand.unknown");
        }
        Text d = dpus == null ? (workerType == null ? text("demand.dpusUnknown")
                : text("demand.notInTable", workerType)) : text("demand.dpus", number(dpus));
        String key = (autoScaling ? "demand.atMostWorkers" : "demand.workers") + (workerType == null ? "" : "Typed");
        return workerType == null ? text(key, workers, d) : text(key, workers, workerType, d);
    }

    private static Text text(String key, Object... args) {
        return Text.of(ConnectionCheck.AREA, key, args);
    }

    /** "40", "2.5", "0.0625" */
    static String number(Double d) {
        if (d == null) {
            return Text.of(ConnectionCheck.AREA, "value.unknown").get();
        }
        if (d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return "IpDemand[" + describe() + "]";
    }
}
