package dev.gluefailover.export;

import java.util.List;

/**
 * One recommendation as the HTML review shows it: what to change, why, what the fix proves
 * (before → after, one line per summary that changes) and the AWS CLI commands to copy. The review
 * renders these and escapes every field; whoever proves the recommendations maps theirs into this
 * shape, so the review decides nothing about them.
 *
 * @param title       what to change ("Add a NAT gateway per AZ")
 * @param reason      why, from the evaluation
 * @param beforeAfter one line per result the fix changes ("survives any single AZ outage: no → yes")
 * @param commands    the AWS CLI commands, one per entry
 */
public record HtmlRecommendation(String title, String reason, List<String> beforeAfter, List<String> commands) {
    public HtmlRecommendation {
        title = title == null ? "" : title;
        reason = reason == null ? "" : reason;
        beforeAfter = beforeAfter == null ? List.of() : List.copyOf(beforeAfter);
        commands = commands == null ? List.of() : List.copyOf(commands);
    }
}
