package dev.gluefailover.review;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import java.util.List;
import java.util.Locale;

/** The pieces of the AWS CLI commands the fixes hand over: shell variables, the job update, a connection's input. */
final class FixCommands {
    private static final Messages TEXT = Messages.of("review");

    private FixCommands() {
    }

    /** A shell variable name from an id: {@code NAT_USE1_AZ2}. */
    static String var(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    /**
     * The commands that change the job's connection order. UpdateJob replaces the whole job
     * definition (what it leaves out is reset), so they start from the job as Glue has it.
     */
    static List<String> updateJobCommands(GlueJob job, List<String> order) {
        String file = job.name() + "-update.json";
        String connections = String.join(",", order.stream().map(n -> "\"" + json(n) + "\"").toList());
        return List.of("# " + TEXT.get("cmd.updateJob", job.name()),
                "aws glue get-job --job-name " + job.name() + " --query Job --output json > " + job.name() + ".json",
                "# " + TEXT.get("cmd.updateJobEdit", file, "{\"Connections\":[" + connections + "]}"),
                "aws glue update-job --job-name " + job.name() + " --job-update file://" + file);
    }

    /** A ConnectionInput as JSON, without credentials (the snapshot holds none). */
    static String connectionInput(GlueConnection c) {
        StringBuilder b = new StringBuilder("{\"Name\":\"").append(json(c.name())).append("\",\"ConnectionType\":\"")
                .append(json(c.connectionType() == null ? "JDBC" : c.connectionType())).append('"');
        if (c.jdbcUrl() != null) {
            b.append(",\"ConnectionProperties\":{\"JDBC_CONNECTION_URL\":\"").append(json(c.jdbcUrl())).append("\"}");
        }
        b.append(",\"PhysicalConnectionRequirements\":{\"SubnetId\":\"").append(json(c.subnetId()))
                .append("\",\"SecurityGroupIdList\":[")
                .append(String.join(",", c.securityGroupIds().stream().map(g -> "\"" + json(g) + "\"").toList()))
                .append("],\"AvailabilityZone\":\"").append(json(String.valueOf(c.availabilityZone()))).append("\"}}");
        return b.toString().replace("'", "'\\''");
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
