package dev.gluefailover.aws;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The TLS warm-up: one daemon thread per process, which ends, and a warm-up on the calling thread that works. */
class AwsWarmUpTest {
    @Test
    void startsOneDaemonThreadThatEnds() throws InterruptedException {
        AwsWarmUp.start();
        Thread t = AwsWarmUp.thread();
        assertNotNull(t);
        assertTrue(t.isDaemon(), "the warm-up never holds the JVM open");
        AwsWarmUp.start();
        assertSame(t, AwsWarmUp.thread(), "a second start starts nothing");
        t.join();
        assertFalse(t.isAlive());
    }

    @Test
    void aWarmUpOnTheCallingThreadCompletes() {
        assertDoesNotThrow(AwsWarmUp::run);
    }
}
