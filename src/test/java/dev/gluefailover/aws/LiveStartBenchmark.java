package dev.gluefailover.aws;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints the wall time of a new JVM running {@code check --job} against the fake endpoint with
 * 150 ms added to every call, for a 2-connection and a 24-connection job, and the number of
 * calls and dependent round trips the load took. Figures only: they depend on the machine.
 * Run: {@code mvn -q -B test -Dtest=LiveStartBenchmark -Dbench=true}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class LiveStartBenchmark {
    private static final Duration DELAY = Duration.ofMillis(150);

    @Test
    void newJvmCheckAgainstASlowEndpoint() throws Exception {
        Path config = Files.createTempFile("aws-config", "");
        StringBuilder out = new StringBuilder(String.format("%nLive start: new JVM `check --job`, %d ms added per call"
                + ", target 1500 ms%n", DELAY.toMillis()));
        out.append(String.format("%-12s %8s %8s %8s %6s %7s%n", "connections", "run 1", "run 2", "run 3", "calls",
                "rounds"));
        for (int n : List.of(2, 24)) {
            try (FakeAws fake = FakeAws.serve(TestNetworks.world(n)).delay(DELAY)) {
                long[] ms = new long[3];
                int calls = 0;
                int rounds = 0;
                for (int i = 0; i < 3; i++) {
                    fake.resetCounts();
                    // The packaged jar when it is there (what a user runs), else the test class path.
                    java.nio.file.Path jar = java.nio.file.Path.of("target/glue-failover-explorer.jar");
                    String classPath = Files.isRegularFile(jar) ? jar.toString() : System.getProperty("java.class.path");
                    List<String> command = new java.util.ArrayList<>(List.of(javaBinary()));
                    // -Dbench.jvmArgs="-XX:SharedArchiveFile=… -XX:TieredStopAtLevel=1" to compare start-up options
                    String extra = System.getProperty("bench.jvmArgs", "").trim();
                    if (!extra.isEmpty()) {
                        command.addAll(List.of(extra.split("\\s+")));
                    }
                    command.addAll(List.of("-cp", classPath));
                    ProcessBuilder pb = new ProcessBuilder(command);
                    pb.command().addAll(List.of("dev.gluefailover.Launcher", "check", "--job", TestNetworks.JOB, "--region",
                            FakeAws.REGION, "--endpoint-url", fake.endpoint().toString(), "--format", "json"));
                    Map<String, String> env = pb.environment();
                    env.keySet().removeIf(k -> k.startsWith("AWS_"));
                    env.put("AWS_ACCESS_KEY_ID", "AKIDFAKE");
                    env.put("AWS_SECRET_ACCESS_KEY", "fake-secret");
                    env.put("AWS_CONFIG_FILE", config.toString());
                    env.put("AWS_SHARED_CREDENTIALS_FILE", config.toString());
                    pb.redirectErrorStream(true);
                    long start = System.nanoTime();
                    startNanos = start;
                    Process p = pb.start();
                    byte[] output = p.getInputStream().readAllBytes();
                    int code = p.waitFor();
                    ms[i] = (System.nanoTime() - start) / 1_000_000;
                    calls = fake.totalCalls();
                    rounds = fake.roundTrips();
                    if (code != 0 && code != 3 && code != 4) {
                        out.append("  exit ").append(code).append(": ").append(new String(output)).append('\n');
                    }
                }
                out.append(String.format("%-12d %8d %8d %8d %6d %7d%n", n, ms[0], ms[1], ms[2], calls, rounds));
                // When each request of the last run arrived: shows a call that waited for a client build.
                List<FakeAws.Request> requests = fake.allRequests();
                long t0 = requests.isEmpty() ? 0 : requests.get(0).receivedNanos();
                out.append(String.format("             JVM start to first call: %d ms; first to last call: %d ms%n",
                        (t0 - startNanos) / 1_000_000, requests.isEmpty() ? 0
                                : (requests.get(requests.size() - 1).receivedNanos() - t0) / 1_000_000));
                out.append("             arrivals (ms): ").append(requests.stream()
                        .map(r -> r.action() + "@" + (r.receivedNanos() - t0) / 1_000_000)
                        .collect(java.util.stream.Collectors.joining(" "))).append('\n');
            }
        }
        Files.deleteIfExists(config);
        System.out.println(out);
    }

    private static long startNanos;

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

}
