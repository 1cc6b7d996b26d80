package dev.gluefailover.aws;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.checks.DnsEnabled;
import dev.gluefailover.fleet.FleetNetworks;
import dev.gluefailover.fleet.FleetRanking;
import dev.gluefailover.fleet.FleetReport;
import dev.gluefailover.fleet.ScanPart;
import dev.gluefailover.fleet.TopRecommendation;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints what a scan of 1,000 jobs over 200 VPCs costs against the fake endpoint with 150 ms added
 * to every call: calls by action, dependent round trips, the load's wall time, the wall time of
 * evaluating every job with its single-failure matrix and ranking them (without and with the top
 * proven recommendation, as {@code scan} shows it), and the heap in use after a GC before the load,
 * after it and after the ranking. Figures only, no assertions: timings depend on the machine.
 * Run: {@code mvn -q -B test -Dtest=ScanBenchmark -Dbench=true}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ScanBenchmark {
    private static final Duration DELAY = Duration.ofMillis(150);
    private static final int JOBS = 1000;
    private static final int VPCS = 200;
    private static final String ACCOUNT = "111111111111";

    @Test
    void aThousandJobsOverTwoHundredVpcs() {
        warmUp();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        StringBuilder out = new StringBuilder(String.format("%nScan benchmark: %d jobs over %d VPCs, %d ms added per "
                + "call (target: about 30 calls and 5 s to load, under 2 s to evaluate)%n", JOBS, VPCS, DELAY.toMillis()));
        Snapshot world = FleetNetworks.account(ACCOUNT, JOBS, VPCS);
        long heapBefore = usedAfterGc(memory);
        try (FakeAws fake = FakeAws.serve(world).delay(DELAY)) {
            long start = System.nanoTime();
            List<ScanOutcome> outcomes = ScanCallCountTest.scan(fake);
            long loadMs = (System.nanoTime() - start) / 1_000_000;
            Snapshot s = outcomes.get(0).snapshot();
            Map<String, Integer> calls = fake.callCounts();
            int attributes = fake.calls("DescribeVpcAttribute");
            out.append(String.format("load: %d ms, %d calls (%d without DescribeVpcAttribute), %d round trips%n", loadMs,
                    fake.totalCalls(), fake.totalCalls() - attributes, fake.roundTrips()));
            out.append("calls by action: ").append(calls).append('\n');
            out.append(String.format("loaded: %d jobs, %d connections, %d VPCs, %d subnets, %d route tables, %d problems%n",
                    s.jobs().size(), s.connections().size(), s.vpcs().size(), s.subnets().size(), s.routeTables().size(),
                    s.problems().size()));
            long heapLoaded = usedAfterGc(memory);
            List<ScanPart> parts = List.of(ScanPart.loaded(ACCOUNT, FakeAws.REGION, s));
            long dnsStart = System.nanoTime();
            int needed = DnsEnabled.vpcsWhereAttributesDecide(new Engine(s), RuleSettings.defaults()).size();
            long dnsMs = (System.nanoTime() - dnsStart) / 1_000_000;
            long rankStart = System.nanoTime();
            FleetReport plain = new FleetRanking(RuleSettings.defaults()).rank(parts);
            long rankMs = (System.nanoTime() - rankStart) / 1_000_000;
            long heapRanked = usedAfterGc(memory);
            long recStart = System.nanoTime();
            FleetReport withTop = new FleetRanking(RuleSettings.defaults(), TopRecommendation.proven()).rank(parts);
            long recMs = (System.nanoTime() - recStart) / 1_000_000;
            out.append(String.format("which VPCs' DNS attributes decide a verdict: %d of %d, %d ms%n", needed,
                    s.vpcs().size(), dnsMs));
            out.append(String.format("evaluation + matrices + ranking: %d ms (%d rows, %d shared causes)%n", rankMs,
                    plain.rows().size(), plain.sharedCauses().size()));
            out.append(String.format("the same with the top proven recommendation per job: %d ms (%d rows with one)%n",
                    recMs, withTop.rows().stream().filter(r -> r.topRecommendation().isPresent()).count()));
            out.append(String.format("heap used after GC: %d MiB before the load, %d MiB after it, %d MiB after the "
                    + "ranking%n", heapBefore >> 20, heapLoaded >> 20, heapRanked >> 20));
        }
        System.out.println(out);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Class loading, the first HTTP connections and the JIT's first passes are not what we measure. */
    private static void warmUp() {
        try (FakeAws fake = FakeAws.serve(FleetNetworks.account(ACCOUNT, 50, 20))) {
            Snapshot s = ScanCallCountTest.scan(fake).get(0).snapshot();
            new FleetRanking(RuleSettings.defaults(), TopRecommendation.proven()).rank(List.of(ScanPart.of(s)));
        }
    }
}
