package dev.gluefailover.rules;

/** How many IPs a run needs [INF]: one per worker (Glue 2.0+, S3), or the conservative DPU-based figure (S6). */
public enum IpDemandModel {
    /** About NumberOfWorkers: one ENI per node (driver + executors). */
    WORKERS,
    /** Conservative: derived from DPUs (MaxCapacity, or workers x DPUs per worker type). */
    DPUS
}
