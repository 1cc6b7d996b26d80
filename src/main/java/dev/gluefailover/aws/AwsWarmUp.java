package dev.gluefailover.aws;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.LoggerFactory;

/**
 * Readies the JDK's TLS on a background thread while the command line starts, so the first AWS call
 * goes out sooner. The SDK's HTTP client builds its TLS context when it is built, before any call:
 * the JDK then reads and parses its trust store (about 150 certificates) and initialises its
 * providers, about 0.13 s of a cold start spent while the first call waits. The JDK keeps the
 * parsed trust store for the process, so the same work done here, beside the command line's own
 * start on the other core, is not done again when the client is built.
 *
 * <p>Only JDK classes are touched: nothing of the AWS SDK, of the user's ~/.aws or of the network.
 * A warm-up that fails or is never started changes nothing but the speed.
 */
public final class AwsWarmUp {
    private static volatile Thread running;

    private AwsWarmUp() {
    }

    /** Starts the warm-up on a daemon thread; a second call does nothing. */
    public static synchronized void start() {
        if (running != null) {
            return;
        }
        Thread t = new Thread(AwsWarmUp::run, "tls-warm-up");
        t.setDaemon(true);
        running = t;
        t.start();
    }

    /** The thread of a started warm-up; null when none was started (tests). */
    static Thread thread() {
        return running;
    }

    /** One warm-up on the calling thread: the default trust managers and a TLS context, as the HTTP client builds them. */
    static void run() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init((KeyStore) null);
            SSLContext.getInstance("TLS").init(null, trust.getTrustManagers(), null);
        } catch (GeneralSecurityException | RuntimeException e) {
            // Logged only at debug: the client's own build meets the same problem and reports it.
            LoggerFactory.getLogger(AwsWarmUp.class).debug("TLS warm-up failed (only the start is slower): {}", e.toString());
        }
    }
}
