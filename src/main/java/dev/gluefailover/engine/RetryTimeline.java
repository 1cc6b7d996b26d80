package dev.gluefailover.engine;

import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RetryMode;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection of each attempt of one job run (1 + MaxRetries attempts), when a failure
 * starts before attempt {@code failureStartsAt} (and, optionally, ends before attempt
 * {@code failureEndsAt}), under both retry modes of the spec: the sources contradict each other
 * [DOC S1,S2], so both are shown. Choices are made when an attempt is submitted [DOC S1,S2]; a
 * failure that starts during an attempt never changes that attempt's connection.
 */
public record RetryTimeline(GlueJob job, Simulation failure, int failureStartsAt, Integer failureEndsAt,
        List<Attempt> rescan, List<Attempt> sticky) {

    /**
     * One attempt. {@code connection} and {@code order} are null when no connection passes.
     *
     * @param failureActive whether the simulated failure is on when the attempt is submitted
     * @param kept          sticky mode kept the previous attempt's connection
     */
    public record Attempt(int number, boolean failureActive, String connection, Integer order,
            boolean runWouldSucceed, boolean kept, String reason) {
    }

    /** The most retries AWS Glue accepts for a job. */
    public static final int MAX_RETRIES = 10;

    public List<Attempt> attempts(RetryMode mode) {
        return mode == RetryMode.STICKY ? sticky : rescan;
    }

    /** True when the two modes pick different connections for some attempt. */
    public boolean modesDiffer() {
        for (int i = 0; i < rescan.size(); i++) {
            if (!java.util.Objects.equals(rescan.get(i).connection(), sticky.get(i).connection())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param base            failures on from the start (may be empty)
     * @param failure         failures that start before attempt {@code startsAt}
     * @param startsAt        1-based attempt number the failure is on for
     * @param endsAt          1-based attempt number from which it is over again, or null if it lasts
     */
    public static RetryTimeline compute(Engine engine, GlueJob job, Simulation base, Simulation failure, int startsAt,
            Integer endsAt, RuleSettings settings) {
        // AWS Glue accepts 0..10 retries (the snapshot reader refuses more); bound it for any other source.
        int attempts = 1 + Math.max(0, Math.min(MAX_RETRIES, job.retries()));
        if (startsAt < 1) {
            throw new IllegalArgumentException(T.get("timeline.startsAt", startsAt));
        }
        if (endsAt != null && endsAt <= startsAt) {
            throw new IllegalArgumentException(T.get("timeline.endsAt", startsAt));
        }
        Simulation during = base;
        for (SimulatedFailure f : failure.failures()) {
            during = during.with(f);
        }
        List<Attempt> rescan = new ArrayList<>();
        List<Attempt> sticky = new ArrayList<>();
        Evaluation previousSticky = null;
        String rescanSubnet = null;
        String stickySubnet = null;
        for (int n = 1; n <= attempts; n++) {
            boolean active = n >= startsAt && (endsAt == null || n < endsAt);
            Simulation sim = active ? during : base;
            Evaluation fresh = engine.evaluate(job, sim, settings);
            String freshSubnet = fresh.chosen().map(ConnectionEvaluation::subnetId).orElse(null);
            rescan.add(lingering(attempt(n, active, fresh, false, T.get("timeline.scans")), rescanSubnet,
                    freshSubnet));
            rescanSubnet = freshSubnet;
            if (previousSticky != null && previousSticky.chosen().isPresent()) {
                String previous = previousSticky.chosen().get().name();
                ConnectionEvaluation again = fresh.connection(previous).orElseThrow();
                boolean stillPasses = again.verdict() == Verdict.CHOSEN || again.verdict() == Verdict.PASSES;
                if (stillPasses) {
                    sticky.add(lingering(new Attempt(n, active, again.name(), again.order(), again.runWouldSucceed(),
                            true, T.get("timeline.keeps", previous)), stickySubnet,
                            again.subnetId()));
                    stickySubnet = again.subnetId();
                    continue;
                }
                sticky.add(lingering(attempt(n, active, fresh, false, again.blockingCheck()
                        .map(r -> T.get("timeline.nowFails", previous, r.code()))
                        .orElseGet(() -> T.get("timeline.nowFailsCheck", previous))),
                        stickySubnet, freshSubnet));
                stickySubnet = freshSubnet;
                previousSticky = fresh;
                continue;
            }
            sticky.add(lingering(attempt(n, active, fresh, false, n == 1 ? T.get("timeline.first")
                    : T.get("timeline.scansTop")), stickySubnet, freshSubnet));
            stickySubnet = freshSubnet;
            previousSticky = fresh;
        }
        return new RetryTimeline(job, failure, startsAt, endsAt, rescan, sticky);
    }

    /**
     * [FIELD] The ENIs of a finished attempt can linger for minutes: a retry in the same subnet may
     * find fewer free IPs than the snapshot shows. Said on every attempt that follows one in its subnet.
     */
    public static final String LINGERING_ENIS = dev.gluefailover.i18n.Messages.of("engine")
            .in(java.util.Locale.ENGLISH, "timeline.lingering");

    private static final dev.gluefailover.i18n.Messages T = dev.gluefailover.i18n.Messages.of("engine");

    private static Attempt lingering(Attempt a, String previousSubnet, String subnet) {
        if (previousSubnet == null || !previousSubnet.equals(subnet)) {
            return a;
        }
        return new Attempt(a.number(), a.failureActive(), a.connection(), a.order(), a.runWouldSucceed(), a.kept(),
                T.get("timeline.withLingering", a.reason(), T.get("timeline.lingering")));
    }

    /** What a reader of the timeline should know beyond the attempts (the lingering ENIs of a retry). */
    public List<String> notes() {
        if (rescan.size() < 2) {
            return List.of();
        }
        return List.of(T.get("timeline.note"));
    }

    private static Attempt attempt(int n, boolean active, Evaluation e, boolean kept, String reason) {
        return e.chosen().map(c -> new Attempt(n, active, c.name(), c.order(), c.runWouldSucceed(), kept, reason))
                .orElseGet(() -> new Attempt(n, active, null, null, false, kept, T.get("timeline.noConnection")));
    }
}
