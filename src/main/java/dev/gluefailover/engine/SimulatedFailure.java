package dev.gluefailover.engine;

import java.util.Locale;

/**
 * One failure the user switched on. Written as {@code KIND=ID} on the command line:
 * {@code az=use1-az1}, {@code nat=nat-0abc}, {@code endpoint=vpce-0abc}, {@code subnet-ips=subnet-0abc:0},
 * {@code subnet=subnet-0abc}.
 */
public sealed interface SimulatedFailure {

    /** The element it fails (AZ id or name, NAT id, endpoint id, subnet id). */
    String target();

    /** The engine's sentences. */
    dev.gluefailover.i18n.Messages T = dev.gluefailover.i18n.Messages.of("engine");

    /** The {@code KIND=ID} form, which {@link #parse} reads back. */
    String spec();

    /** Plain words for lists and reports. */
    String describe();

    /** An outage of a whole availability zone (by zone id or zone name). */
    record AzOutage(String target) implements SimulatedFailure {
        public String spec() {
            return "az=" + target;
        }

        public String describe() {
            return T.get("failure.az", target);
        }
    }

    /** A NAT gateway that no longer forwards traffic. */
    record NatGatewayFailure(String target) implements SimulatedFailure {
        public String spec() {
            return "nat=" + target;
        }

        public String describe() {
            return T.get("failure.nat", target);
        }
    }

    /** A VPC endpoint removed (deleted, or detached from its route tables and subnets). */
    record EndpointRemoved(String target) implements SimulatedFailure {
        public String spec() {
            return "endpoint=" + target;
        }

        public String describe() {
            return T.get("failure.endpoint", target);
        }
    }

    /** A subnet's free IP count set to a number (0 = exhausted). */
    record SubnetIps(String target, int freeIps) implements SimulatedFailure {
        public SubnetIps {
            if (freeIps < 0) {
                throw new IllegalArgumentException(T.get("failure.negativeIps", freeIps));
            }
        }

        public String spec() {
            return "subnet-ips=" + target + ":" + freeIps;
        }

        public String describe() {
            return T.get("failure.subnetIps", target, String.valueOf(freeIps));
        }
    }

    /** A subnet deleted. */
    record SubnetDeleted(String target) implements SimulatedFailure {
        public String spec() {
            return "subnet=" + target;
        }

        public String describe() {
            return T.get("failure.subnet", target);
        }
    }

    /** Reads {@code KIND=ID}; the message of the exception says what was expected. */
    static SimulatedFailure parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException(T.get("failure.form", text));
        }
        String kind = text.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        String id = text.substring(eq + 1).trim();
        return switch (kind) {
            case "az" -> new AzOutage(id);
            case "nat" -> new NatGatewayFailure(id);
            case "endpoint", "vpce" -> new EndpointRemoved(id);
            case "subnet" -> new SubnetDeleted(id);
            case "subnet-ips" -> {
                int colon = id.lastIndexOf(':');
                if (colon <= 0 || colon == id.length() - 1) {
                    throw new IllegalArgumentException(T.get("failure.ipsForm", text));
                }
                try {
                    yield new SubnetIps(id.substring(0, colon), Integer.parseInt(id.substring(colon + 1)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(T.get("failure.ipsNumber", text, id.substring(colon + 1)));
                }
            }
            default -> throw new IllegalArgumentException(T.get("failure.kind", kind));
        };
    }
}
