package dev.gluefailover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's launcher and its class-data archive, on a layout like {@code target/} after
 * {@code package} (the jar, {@code lib/}, {@code bin/}) built here from the compiled classes: the
 * training writes an archive, a live {@code check --job} through the launcher then takes the AWS SDK's
 * clients from it and runs with the command options, and an archive the JVM cannot use (the directory
 * moved) is skipped without a word. Each is a new JVM: no timing is asserted (LiveStartBenchmark prints those).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherArchiveTest {
    @TempDir
    Path dir;

    @Test
    void theTrainedArchiveServesALiveCheckAndAMovedOneIsSkippedSilently() throws Exception {
        Path appHome = appHome(dir.resolve("app"));
        Path archive = ArchiveTraining.train(appHome);
        assertTrue(Files.size(archive) > 1_000_000, "an archive of the classes the training run loaded");

        try (FakeAws fake = FakeAws.serve(TestNetworks.world(2))) {
            Run live = launch(appHome, "-Xlog:class+load -XX:+PrintCommandLineFlags", "check", "--job", TestNetworks.JOB,
                    "--region", FakeAws.REGION, "--endpoint-url", fake.endpoint().toString(), "--format", "json");
            assertEquals(0, live.code(), live.out());
            assertTrue(live.out().contains("\"job\" : \"" + TestNetworks.JOB + "\""), live.out());
            for (String sdkClass : List.of("software.amazon.awssdk.services.glue.DefaultGlueClient",
                    "software.amazon.awssdk.services.ec2.DefaultEc2Client",
                    "software.amazon.awssdk.services.iam.DefaultIamClient",
                    "software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient",
                    "dev.gluefailover.aws.GlueNetworkLoader")) {
                assertTrue(live.out().contains(sdkClass + " source: shared objects file (top)"),
                        sdkClass + " from the archive:\n" + loadLine(live.out(), sdkClass));
            }
            assertTrue(live.out().contains("-XX:TieredStopAtLevel=1"), "a command runs with C1 only");
            assertTrue(live.out().contains("-XX:+UseSerialGC"), "a command runs with the serial collector");
        }

        // Started through a link elsewhere (~/bin/gfe), the launcher still finds its jar.
        Path link = Files.createSymbolicLink(dir.resolve("gfe"), appHome.resolve("bin/glue-failover-explorer"));
        Run linked = launchThrough(link, "", "--version");
        assertEquals(0, linked.code(), linked.out());
        assertTrue(linked.out().contains("Glue Failover Explorer"), linked.out());
        Files.delete(link);

        // JDK 17 keeps the jars' absolute paths in the archive: moved, it no longer fits, and the JVM would warn.
        Path moved = dir.resolve("moved");
        Files.move(appHome, moved);
        Run plain = launch(moved, "", "check", "--sample", "seed-article");
        assertEquals(0, plain.code(), plain.out());
        assertFalse(plain.out().toLowerCase(java.util.Locale.ROOT).contains("shared archive"), plain.out());
        assertFalse(plain.out().contains("[warning]"), plain.out());
        assertTrue(plain.out().contains("nayuts-sample-connection"), plain.out());
    }

    /** The lib/ links point into the Maven repository: removed here so that only the links go. */
    @org.junit.jupiter.api.AfterEach
    void removeLinks() throws IOException {
        for (Path lib : List.of(dir.resolve("app/lib"), dir.resolve("moved/lib"))) {
            if (Files.isDirectory(lib)) {
                try (Stream<Path> links = Files.list(lib)) {
                    for (Path link : links.filter(Files::isSymbolicLink).toList()) {
                        Files.delete(link);
                    }
                }
            }
        }
    }

    private static String loadLine(String out, String className) {
        return out.lines().filter(l -> l.contains(" " + className + " ")).findFirst().orElse("(not loaded)");
    }

    private record Run(int code, String out) {
    }

    private static Run launch(Path appHome, String jvmOptions, String... args) throws Exception {
        return launchThrough(appHome.resolve("bin/glue-failover-explorer"), jvmOptions, args);
    }

    private static Run launchThrough(Path launcher, String jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", "AKIDFAKE");
        env.put("AWS_SECRET_ACCESS_KEY", "fake-secret");
        env.put("AWS_CONFIG_FILE", "/nonexistent/gfe-config");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/gfe-credentials");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("GFE_JAVA_OPTIONS", jvmOptions);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    /**
     * What {@code package} lays out: the application jar (the compiled classes, the Launcher as main
     * class, lib/ on its Class-Path), lib/ (here: every jar of the test class path) and bin/ with the
     * launcher script from packaging/.
     */
    private static Path appHome(Path home) throws IOException {
        Files.createDirectories(home.resolve("lib"));
        Files.createDirectories(home.resolve("bin"));
        Files.copy(Path.of("packaging/bin/glue-failover-explorer"), home.resolve("bin/glue-failover-explorer"));
        List<String> libs = new ArrayList<>();
        Path classes = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (Files.isRegularFile(p) && entry.endsWith(".jar") && !libs.contains(p.getFileName().toString())) {
                Files.createSymbolicLink(home.resolve("lib").resolve(p.getFileName()), p);
                libs.add(p.getFileName().toString());
            } else if (Files.isDirectory(p) && p.endsWith(Path.of("target", "classes"))) {
                classes = p;
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.gluefailover.Launcher");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                String.join(" ", libs.stream().map(l -> "lib/" + l).toList()));
        Path jar = home.resolve("glue-failover-explorer.jar");
        Path root = java.util.Objects.requireNonNull(classes, "target/classes on the test class path");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(root.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return home;
    }
}
