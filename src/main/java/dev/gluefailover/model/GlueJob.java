package dev.gluefailover.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Glue job: its connections in the stored order (the order Glue checks them), its capacity
 * and its retries, the IAM role it runs as (Glue runs the network checks as that role), the
 * {@code DefaultArguments} that change its networking ({@code --disable-proxy-v2},
 * {@code --enable-auto-scaling}) and how many runs may run at once. Numbers and the role are
 * null when the job does not set them or the source did not say (a snapshot of an earlier
 * build): "unknown", which the checks show as such.
 *
 * @param defaultArguments only the arguments the rules read ({@link #NETWORK_ARGUMENTS}); never secrets
 */
public record GlueJob(String name, List<String> connectionNames, String workerType, Integer numberOfWorkers,
        Double maxCapacity, Integer maxRetries, String glueVersion, String role, Map<String, String> defaultArguments,
        Integer maxConcurrentRuns) {

    /** The DefaultArguments that change how a run reaches the network; no other argument is kept. */
    public static final Set<String> NETWORK_ARGUMENTS = Set.of("--disable-proxy-v2", "--enable-auto-scaling");

    public GlueJob {
        Objects.requireNonNull(name, "job name");
        connectionNames = connectionNames == null ? List.of() : List.copyOf(connectionNames);
        Map<String, String> kept = new TreeMap<>();
        if (defaultArguments != null) {
            defaultArguments.forEach((k, v) -> {
                if (k != null && NETWORK_ARGUMENTS.contains(k)) {
                    kept.put(k, v == null ? "" : v);
                }
            });
        }
        defaultArguments = Collections.unmodifiableMap(kept);
    }

    /** A job as earlier snapshots describe it: role, arguments and concurrency unknown. */
    public GlueJob(String name, List<String> connectionNames, String workerType, Integer numberOfWorkers,
            Double maxCapacity, Integer maxRetries, String glueVersion) {
        this(name, connectionNames, workerType, numberOfWorkers, maxCapacity, maxRetries, glueVersion, null, null,
                null);
    }

    /** The argument is set to something other than "false" (Glue's flags take "true" or nothing). */
    public boolean argumentOn(String argument) {
        String v = defaultArguments.get(argument);
        return v != null && !v.trim().equalsIgnoreCase("false");
    }

    public int retries() {
        return maxRetries == null ? 0 : maxRetries;
    }

    public GlueJob withConnectionNames(List<String> names) {
        return new GlueJob(name, names, workerType, numberOfWorkers, maxCapacity, maxRetries, glueVersion, role,
                defaultArguments, maxConcurrentRuns);
    }
}
