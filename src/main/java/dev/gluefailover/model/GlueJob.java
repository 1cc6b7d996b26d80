package dev.gluefailover.model;

import java.util.List;
import java.util.Objects;

/**
 * A Glue job: its connections in the stored order (the order Glue checks them), its capacity
 * and its retries. Numbers are null when the job does not set them.
 */
public record GlueJob(String name, List<String> connectionNames, String workerType, Integer numberOfWorkers,
        Double maxCapacity, Integer maxRetries, String glueVersion) {
    public GlueJob {
        Objects.requireNonNull(name, "job name");
        connectionNames = connectionNames == null ? List.of() : List.copyOf(connectionNames);
    }

    public int retries() {
        return maxRetries == null ? 0 : maxRetries;
    }

    public GlueJob withConnectionNames(List<String> names) {
        return new GlueJob(name, names, workerType, numberOfWorkers, maxCapacity, maxRetries, glueVersion);
    }
}
