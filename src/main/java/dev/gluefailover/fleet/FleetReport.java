package dev.gluefailover.fleet;

import java.util.List;

/**
 * A whole scan, evaluated: the jobs ranked worst first, the causes they share, and the accounts or
 * regions that could not be read at all.
 *
 * @param rows         every job, ranked by {@link FleetRanking#ORDER}
 * @param sharedCauses what several jobs rest on, most jobs first
 * @param unreadable   the parts that gave no snapshot (their jobs are not in {@code rows})
 */
public record FleetReport(List<FleetRow> rows, List<SharedCause> sharedCauses, List<ScanPart> unreadable) {
    public FleetReport {
        rows = List.copyOf(rows);
        sharedCauses = List.copyOf(sharedCauses);
        unreadable = List.copyOf(unreadable);
    }

    /** The worst risk of any job; {@link Risk#SURVIVES} for a scan without jobs. */
    public Risk worst() {
        return rows.stream().map(FleetRow::risk).min(Enum::compareTo).orElse(Risk.SURVIVES);
    }

    public long count(Risk risk) {
        return rows.stream().filter(r -> r.risk() == risk).count();
    }

    /** How many accounts the rows and the unreadable parts name. */
    public long accountCount() {
        return java.util.stream.Stream.concat(rows.stream().map(FleetRow::account),
                unreadable.stream().map(ScanPart::account)).distinct().count();
    }
}
