package dev.gluefailover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** An endpoint that accepts connections and never answers is reported in seconds, naming it. */
class HungEndpointTest {

    @Test
    void aSilentEndpointIsNamedWithWhatToCheck() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        held.add(silent.accept()); // accept, read nothing, answer nothing
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            URI endpoint = URI.create("http://127.0.0.1:" + silent.getLocalPort());
            AwsLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try (AwsClients clients = AwsClients.builder()
                        .options(new AwsConnectionOptions(null, "eu-west-1", endpoint))
                        .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "x")))
                        .retryStrategy(FakeAws.quickRetries())
                        .profileFile(FakeAws::emptyProfileFile)
                        .environment(Map.of())
                        .timeouts(new AwsTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)))
                        .build()) {
                    return assertThrows(AwsLoadException.class,
                            () -> new GlueNetworkLoader(clients).load(List.of("any-job")));
                }
            });
            assertEquals(AwsLoadException.Reason.NETWORK, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("No answer from"), e.getMessage());
            assertTrue(e.getMessage().contains(endpoint.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("check that the endpoint URL is right"), e.getMessage());
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void timeoutsMustBePositive() {
        AwsLoadException e = assertThrows(AwsLoadException.class, () -> AwsTimeouts.ofSeconds(0, 10));
        assertEquals(AwsLoadException.Reason.BAD_SETTINGS, e.reason());
        assertThrows(AwsLoadException.class, () -> AwsTimeouts.ofSeconds(3, -1));
        assertEquals(Duration.ofSeconds(3), AwsTimeouts.defaults().connect());
    }
}
