package dev.gluefailover.aws;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints the wall time of a new JVM running {@code check --job} against the fake endpoint with
 * 150 ms added to every call, for a 2-connection and a 24-connection job, started the way a user
 * starts the tool: the jar's launcher {@code target/bin/glue-failover-explorer} (with the class-data
 * archive the package phase wrote), and for comparison plain {@code java -jar}. Also the number of
 * calls and dependent round trips, and when the first call arrived. Figures only: they depend on the
 * machine and on what else it is doing, so nothing is asserted.
 *
 * <p>Run (needs the package: {@code mvn -B -q -o -DskipTests package}):
 * {@code mvn -q -o test -Dtest=LiveStartBenchmark -Dbench=true}; {@code -Dbench.runs=N} (default 5),
 * {@code -Dbench.jvmArgs="…"} adds JVM options to the plain {@code java -jar} start to compare options.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class LiveStartBenchmark {
    private static final Duration DELAY = Duration.ofMillis(150);
    private static final Path JAR = Path.of("target/glue-failover-explorer.jar");
    private static final Path LAUNCHER = Path.of("target/bin/glue-failover-explorer");
    private static final Path ARCHIVE = Path.of("target").resolve(ArchiveTraining.ARCHIVE);

    /** One way to start the tool: a label and the command up to the tool's own arguments. */
    private record Start(String label, List<String> command) {
    }

    @Test
    void newJvmCheckAgainstASlowEndpoint() throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        List<Start> starts = starts();
        Path config = Files.createTempFile("aws-config", "");
        StringBuilder out = new StringBuilder(String.format("%nLive start: new JVM `check --job --format json`, %d ms "
                + "added per call, target 1500 ms; %d runs each, ms%n", DELAY.toMillis(), runs));
        out.append(String.format("%-34s %5s %6s %6s %6s %6s %6s %12s%n", "start", "conns", "best", "median", "worst",
                "calls", "rounds", "first call"));
        StringBuilder arrivals = new StringBuilder();
        try {
            for (Start start : starts) {
                for (int n : List.of(2, 24)) {
                    try (FakeAws fake = FakeAws.serve(TestNetworks.world(n)).delay(DELAY)) {
                        long[] ms = new long[runs];
                        long[] firstCall = new long[runs];
                        for (int i = 0; i < runs; i++) {
                            fake.resetCounts();
                            long began = System.nanoTime();
                            String failure = run(start, fake, config);
                            ms[i] = (System.nanoTime() - began) / 1_000_000;
                            List<FakeAws.Request> requests = fake.allRequests();
                            firstCall[i] = requests.isEmpty() ? -1 : (requests.get(0).receivedNanos() - began) / 1_000_000;
                            if (failure != null) {
                                out.append("  ").append(start.label()).append(": ").append(failure).append('\n');
                            }
                        }
                        long[] sorted = ms.clone();
                        Arrays.sort(sorted);
                        long[] firstSorted = firstCall.clone();
                        Arrays.sort(firstSorted);
                        out.append(String.format("%-34s %5d %6d %6d %6d %6d %6d %12d%n", start.label(), n, sorted[0],
                                sorted[runs / 2], sorted[runs - 1], fake.totalCalls(), fake.roundTrips(),
                                firstSorted[runs / 2]));
                        // When each request of the last run arrived: shows a hop that waited on the client side.
                        List<FakeAws.Request> requests = fake.allRequests();
                        long t0 = requests.isEmpty() ? 0 : requests.get(0).receivedNanos();
                        arrivals.append(String.format("  %s, %d connections, last run, ms after the first call: %s%n",
                                start.label(), n, requests.stream()
                                        .map(r -> r.action() + "@" + (r.receivedNanos() - t0) / 1_000_000)
                                        .collect(Collectors.joining(" "))));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(config);
        }
        out.append("(best/median/worst: wall time of the whole process; first call: median ms from the process start "
                + "to the first request)\n").append(arrivals);
        System.out.println(out);
    }

    /** The launcher when the package built it, and plain java -jar (or the test class path without a jar). */
    private static List<Start> starts() {
        List<Start> starts = new ArrayList<>();
        if (Files.isRegularFile(LAUNCHER) && Files.isRegularFile(JAR)) {
            starts.add(new Start(Files.isRegularFile(ARCHIVE) ? "launcher (bin/, archive)" : "launcher (bin/, NO archive)",
                    List.of("sh", LAUNCHER.toString())));
        }
        List<String> plain = new ArrayList<>(List.of(javaBinary()));
        String extra = System.getProperty("bench.jvmArgs", "").trim();
        if (!extra.isEmpty()) {
            plain.addAll(List.of(extra.split("\\s+")));
        }
        if (Files.isRegularFile(JAR)) {
            plain.addAll(List.of("-jar", JAR.toString()));
            starts.add(new Start(extra.isEmpty() ? "java -jar" : "java " + extra + " -jar", plain));
        } else {
            plain.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.gluefailover.Launcher"));
            starts.add(new Start("java -cp (test class path, no jar)", plain));
        }
        return starts;
    }

    /** One start of {@code check --job}; null when it ended with one of check's exit codes, else what it said. */
    private static String run(Start start, FakeAws fake, Path config) throws Exception {
        List<String> command = new ArrayList<>(start.command());
        command.addAll(List.of("check", "--job", TestNetworks.JOB, "--region", FakeAws.REGION, "--endpoint-url",
                fake.endpoint().toString(), "--format", "json"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.equals("GFE_JAVA_OPTIONS"));
        env.put("AWS_ACCESS_KEY_ID", "AKIDFAKE");
        env.put("AWS_SECRET_ACCESS_KEY", "fake-secret");
        env.put("AWS_CONFIG_FILE", config.toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", config.toString());
        // The launcher picks the JVM from JAVA_HOME: the one this benchmark runs on, as the plain start does.
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        int code = p.waitFor();
        return code == 0 || code == 3 || code == 4 ? null : "exit " + code + ": " + new String(output);
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
