package dev.gluefailover.aws;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the class-data archive {@code gfe.jsa} the jar's launcher ({@code bin/glue-failover-explorer})
 * starts with: one training run of the packaged tool, {@code check --job} against {@link FakeAws} on
 * loopback, through the launcher itself (so with its own JVM options) and with
 * {@code -XX:ArchiveClassesAtExit}. The run takes the live path a user's first command takes —
 * picocli, profile and credential resolution, the Glue, EC2 and IAM clients, signing, the HTTP client,
 * both protocols' answers, the engine and the JSON report — offline, with fake keys and an empty AWS
 * config, so nothing of the builder's own AWS set-up is read. Run by Maven in the package phase
 * (maven-antrun-plugin, pom.xml); a failure leaves no archive and the launcher starts without one.
 *
 * <p>Usage: {@code ArchiveTraining APP_HOME} (the directory holding the jar, {@code lib/} and {@code bin/}).
 */
public final class ArchiveTraining {
    /** The archive's name, next to the jar; the launcher looks for exactly this file. */
    public static final String ARCHIVE = "gfe.jsa";

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 && args.length != 2) {
            System.err.println("usage: ArchiveTraining APP_HOME | ArchiveTraining LAUNCHER ARCHIVE");
            System.exit(2);
        }
        try {
            Path archive = args.length == 1 ? train(Path.of(args[0]).toAbsolutePath())
                    : trainNative(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
            System.out.printf("class-data archive for the launcher: %s (%d KiB)%n", archive, Files.size(archive) / 1024);
        } catch (IOException | RuntimeException e) {
            // Not fatal for the build: without the archive the launcher starts as plain `java -jar`.
            System.out.println("no class-data archive (the launcher starts without one): " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the training and returns the archive written; throws with the run's output when it failed. */
    static Path train(Path appHome) throws IOException, InterruptedException {
        Path launcher = appHome.resolve("bin").resolve("glue-failover-explorer");
        return train(List.of("sh", launcher.toString()), appHome.resolve(ARCHIVE), "GFE_JAVA_OPTIONS");
    }

    /**
     * The same through a native launcher that does not read GFE_JAVA_OPTIONS (jpackage's app image,
     * packaging/jpackage.sh): the JVM itself reads JAVA_TOOL_OPTIONS.
     */
    static Path trainNative(Path launcher, Path archive) throws IOException, InterruptedException {
        return train(List.of(launcher.toString()), archive, "JAVA_TOOL_OPTIONS");
    }

    private static Path train(List<String> start, Path archive, String optionsVariable)
            throws IOException, InterruptedException {
        Path fresh = archive.resolveSibling(archive.getFileName() + ".new");
        // The launcher maps an archive when there is one: the training run must start without it.
        Files.deleteIfExists(archive);
        Files.deleteIfExists(fresh);
        Path config = Files.createTempFile("gfe-training-aws", "");
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(4))) {
            List<String> command = new ArrayList<>(start);
            command.addAll(List.of("check", "--job",
                    TestNetworks.JOB, "--region", FakeAws.REGION, "--endpoint-url", fake.endpoint().toString(),
                    // JSON: its writer is Jackson, which snapshot files are read and written with too
                    "--format", "json"));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("AWS_") || k.equals("GFE_JAVA_OPTIONS") || k.equals("JAVA_TOOL_OPTIONS"));
            env.put("AWS_ACCESS_KEY_ID", "AKIDTRAINING");
            env.put("AWS_SECRET_ACCESS_KEY", "training-only");
            env.put("AWS_CONFIG_FILE", config.toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", config.toString());
            env.put("AWS_EC2_METADATA_DISABLED", "true");
            env.put(optionsVariable, "-XX:ArchiveClassesAtExit=" + fresh);
            // An archive serves only the JVM build that wrote it: the one building the package.
            env.put("JAVA_HOME", System.getProperty("java.home"));
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            // check's own exit codes: 0 the run works, 3 nothing chosen, 4 chosen but the run fails
            if (code != 0 && code != 3 && code != 4 || !Files.isRegularFile(fresh)) {
                throw new IOException("training run exited " + code + ":\n" + output);
            }
            if (fake.totalCalls() == 0) {
                throw new IOException("training run made no AWS call:\n" + output);
            }
            Files.move(fresh, archive, StandardCopyOption.REPLACE_EXISTING);
            return archive;
        } finally {
            Files.deleteIfExists(config);
            Files.deleteIfExists(fresh);
        }
    }
}
