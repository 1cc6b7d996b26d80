package dev.gluefailover.layout;

/**
 * The data of a subnet's free-IP bar. {@code free} is null when unknown; {@code usable} is the
 * CIDR's size minus the five addresses AWS reserves in every subnet.
 */
public record IpUsage(Integer free, int usable) {
    /** 0..1, the share of usable addresses still free; 0 when unknown. */
    public double freeShare() {
        if (free == null || usable <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, free / (double) usable));
    }

    /** Usable addresses of a CIDR such as 10.0.1.0/24 (251); 0 when the CIDR cannot be read. */
    public static int usableIn(String cidr) {
        if (cidr == null) {
            return 0;
        }
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return 0;
        }
        try {
            int prefix = Integer.parseInt(cidr.substring(slash + 1).trim());
            if (prefix < 0 || prefix > 32) {
                return 0;
            }
            long size = 1L << (32 - prefix);
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, size - 5));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
