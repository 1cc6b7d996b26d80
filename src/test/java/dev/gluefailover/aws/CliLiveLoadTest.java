package dev.gluefailover.aws;

import static dev.gluefailover.aws.LiveCommandLine.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.aws.LiveCommandLine.Run;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.SnapshotReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's live commands against the fake endpoint, through the same client building users get. */
class CliLiveLoadTest {
    @RegisterExtension
    final LiveCommandLine keys = new LiveCommandLine();

    @Test
    void jobsListsNamesAndConnectionCounts() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(3))) {
            Run r = run("jobs", "--region", FakeAws.REGION, "--endpoint-url", fake.endpoint().toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().lines().anyMatch(l -> l.matches(TestNetworks.JOB + "\\s+3")), r.out());
        }
    }

    @Test
    void captureWritesASnapshotTheReaderAccepts(@TempDir Path dir) throws Exception {
        Snapshot world = TestNetworks.world(4);
        Path file = dir.resolve("capture.yaml");
        try (FakeAws fake = FakeAws.serve(world)) {
            Run r = run("capture", "--job", TestNetworks.JOB, "--out", file.toString(), "--region", FakeAws.REGION,
                    "--endpoint-url", fake.endpoint().toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("Wrote"), r.out());
        }
        Snapshot read = new SnapshotReader().read(file);
        TestNetworks.assertSameContent(TestNetworks.expectedLoad(world, List.of(TestNetworks.JOB)), read);
    }

    @Test
    void captureWithRedactLeavesNoOriginalIds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("redacted.json");
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(4))) {
            Run r = run("capture", "--job", TestNetworks.JOB, "--redact", "--out", file.toString(), "--region",
                    FakeAws.REGION, "--endpoint-url", fake.endpoint().toString());
            assertEquals(0, r.exit(), r.err());
        }
        String text = java.nio.file.Files.readString(file);
        for (String original : List.of("subnet-a1", "vpc-aaa", TestNetworks.ACCOUNT, "db0.example.internal")) {
            assertTrue(!text.contains(original), original + " left in the redacted capture");
        }
        assertEquals(4, new SnapshotReader().read(file).connections().size());
    }

    @Test
    void checkLoadsLiveWhenOnlyAJobIsGiven() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(4))) {
            Run r = run("check", "--job", TestNetworks.JOB, "--region", FakeAws.REGION, "--endpoint-url",
                    fake.endpoint().toString());
            assertTrue(r.exit() == 0 || r.exit() == 3 || r.exit() == 4, r.exit() + " " + r.err());
            assertTrue(r.out().contains("conn-00"), r.out());
            assertTrue(fake.calls("GetJob") == 1);
        }
    }

    @Test
    void anUnknownJobExitsWithTwoAndOneSentence() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(1))) {
            Run r = run("capture", "--job", "nope", "--out", "unused.json", "--region", FakeAws.REGION,
                    "--endpoint-url", fake.endpoint().toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().startsWith("error: No Glue job named 'nope'"), r.err());
        }
    }

    @Test
    void deniedRouteTablesWarnOnStderrAndCaptureStillWrites(@TempDir Path dir) {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(2)).deny("DescribeRouteTables")) {
            Run r = run("capture", "--job", TestNetworks.JOB, "--out", dir.resolve("c.json").toString(), "--region",
                    FakeAws.REGION, "--endpoint-url", fake.endpoint().toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.err().contains("ec2:DescribeRouteTables (UnauthorizedOperation)"), r.err());
        }
    }

    @Test
    void aSilentEndpointEndsInOneLineNamingItWithinTheReadTimeout() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            java.util.List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        held.add(silent.accept());
                    }
                } catch (java.io.IOException closed) {
                    // over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String endpoint = "http://127.0.0.1:" + silent.getLocalPort();
            Run r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> run("jobs", "--region", FakeAws.REGION, "--endpoint-url", endpoint,
                            "--cli-connect-timeout", "1", "--cli-read-timeout", "1"));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("error: No answer from"), r.err());
            assertTrue(r.err().contains(endpoint), r.err());
            for (java.net.Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aTimeoutOfZeroIsAUsageError() {
        Run r = run("jobs", "--region", FakeAws.REGION, "--endpoint-url", "http://127.0.0.1:9", "--cli-read-timeout", "0");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("read timeout must be a positive number of seconds"), r.err());
    }
}
