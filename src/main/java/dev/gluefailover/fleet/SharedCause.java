package dev.gluefailover.fleet;

import dev.gluefailover.model.ElementRef;
import java.util.List;

/**
 * One thing many jobs rest on, named once for the whole scan: a NAT gateway, zone, route table or
 * S3 endpoint that carries several jobs alone, or a single failure that stops several jobs.
 *
 * @param kind     what the cause is
 * @param elements the element (first) and where it is, by kind and id
 * @param label    the element's label as the engine gives it (e.g. {@code eu-west-1a (euw1-az3)})
 * @param jobKeys  the jobs concerned ({@link FleetRow#key()}), in ranking order
 * @param text     the sentence reports print
 */
public record SharedCause(Kind kind, List<ElementRef> elements, String label, List<String> jobKeys, String text) {
    public SharedCause {
        elements = List.copyOf(elements);
        jobKeys = List.copyOf(jobKeys);
    }

    public enum Kind {
        /** Every connection of each of these jobs goes out through this one NAT gateway. */
        NAT_GATEWAY,
        /** Every connection of each of these jobs is in this one zone. */
        AVAILABILITY_ZONE,
        /** One route table serves every connection's subnet of each of these jobs. */
        ROUTE_TABLE,
        /** One S3 endpoint carries every connection of each of these jobs. */
        S3_ENDPOINT,
        /** This single failure (AZ outage, NAT failure, endpoint removal) stops each of these jobs. */
        FAILURE_STOPS_JOBS
    }

    public int jobCount() {
        return jobKeys.size();
    }
}
