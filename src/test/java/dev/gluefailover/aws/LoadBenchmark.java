package dev.gluefailover.aws;

import dev.gluefailover.model.Snapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints wall time and calls to load one job with 1, 10 and 50 connections while the fake
 * endpoint adds 100 ms to every call. Figures only, no assertions: timings depend on the machine.
 * Run: {@code mvn -q -B test -Dtest=LoadBenchmark -Dbench=true}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class LoadBenchmark {
    private static final Duration DELAY = Duration.ofMillis(100);
    /** GetJob → connections → subnets/SGs/AZs → VPC-scoped describes, plus slack. */
    private static final long TARGET_MILLIS = 4 * DELAY.toMillis() + 300;

    @Test
    void loadTimesAndCallCounts() {
        warmUp();
        StringBuilder out = new StringBuilder(String.format("%nLoad benchmark: %d ms added per call, target %d ms%n",
                DELAY.toMillis(), TARGET_MILLIS));
        out.append(String.format("%-12s %9s %9s %6s %6s %6s %6s  %s%n", "connections", "first ms", "best ms",
                "calls", "glue", "ec2", "iam", "per action"));
        for (int n : List.of(1, 10, 50)) {
            try (FakeAws fake = FakeAws.serve(TestNetworks.world(n)).delay(DELAY); AwsClients clients = fake.clients()) {
                GlueNetworkLoader loader = new GlueNetworkLoader(clients);
                // Three loads, the first also opening connections to this endpoint; report first and best.
                long first = 0;
                long millis = Long.MAX_VALUE;
                Snapshot s = null;
                for (int round = 0; round < 3; round++) {
                    fake.resetCounts();
                    long start = System.nanoTime();
                    s = loader.load(List.of(TestNetworks.JOB));
                    long took = (System.nanoTime() - start) / 1_000_000;
                    first = round == 0 ? took : first;
                    millis = Math.min(millis, took);
                }
                Map<String, Integer> calls = fake.callCounts();
                int iam = fake.calls("GetRole") + fake.calls("SimulatePrincipalPolicy");
                int ec2 = calls.entrySet().stream().filter(e -> e.getKey().startsWith("Describe"))
                        .mapToInt(Map.Entry::getValue).sum();
                int glue = fake.totalCalls() - iam - ec2;
                out.append(String.format("%-12d %9d %9d %6d %6d %6d %6d  %s%s%n", n, first, millis, fake.totalCalls(),
                        glue, ec2, iam, calls, first <= TARGET_MILLIS ? "" : "  (first load over target)"));
                if (s.connections().size() != n) {
                    out.append("  unexpected: loaded ").append(s.connections().size()).append(" connections\n");
                }
            }
        }
        System.out.println(out);
    }

    /** Class loading and the first TLS-free connection set-up are not what we measure. */
    private static void warmUp() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(4)); AwsClients clients = fake.clients()) {
            new GlueNetworkLoader(clients).load(List.of(TestNetworks.JOB));
        }
    }
}
