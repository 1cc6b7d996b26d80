package dev.gluefailover.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Ipv4CidrTest {
    private static Ipv4Cidr cidr(String s) {
        return Ipv4Cidr.parse(s).orElseThrow(() -> new AssertionError(s));
    }

    @Test
    void parsesAndClearsHostBits() {
        assertEquals("10.1.0.0/16", cidr("10.1.2.3/16").text());
        assertEquals(0, cidr("0.0.0.0/0").first());
        assertEquals(cidr("10.0.0.0/24").first() + 255, cidr("10.0.0.0/24").last());
    }

    @Test
    void refusesWhatIsNotAnIpv4Cidr() {
        for (String bad : new String[] {"banana", "999.1.1.1/99", "10.0.0.0", "10.0.0/16", "10.0.0.0/33", "::/0",
                "10.0.0.0/", "10..0.0/8", "1000.0.0.0/8", null}) {
            assertTrue(Ipv4Cidr.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void containment() {
        assertTrue(cidr("10.0.0.0/16").contains(cidr("10.0.5.0/24")));
        assertTrue(cidr("0.0.0.0/0").contains(cidr("192.168.1.0/24")));
        assertFalse(cidr("10.0.0.0/16").contains(cidr("10.1.0.0/24")));
        assertFalse(cidr("10.0.5.0/24").contains(cidr("10.0.0.0/16")));
    }
}
