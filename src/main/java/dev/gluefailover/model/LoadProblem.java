package dev.gluefailover.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the loader could not read: the IAM action that failed (e.g.
 * {@code ec2:DescribeRouteTables}), the AWS error code, its message, and the resources it
 * concerns (empty when the whole call failed). Checks that need that data are UNKNOWN.
 */
public record LoadProblem(String action, String errorCode, String message, List<String> resourceIds) {
    /**
     * The error code of what a design (a template, a plan) references but does not declare, or
     * cannot know before deployment; its {@code message} says what it is and how to supply it.
     */
    public static final String NOT_IN_DESIGN = "NotInDesign";

    public LoadProblem {
        Objects.requireNonNull(action, "action");
        resourceIds = resourceIds == null ? List.of() : List.copyOf(resourceIds);
    }

    public boolean notInDesign() {
        return NOT_IN_DESIGN.equals(errorCode);
    }

    public boolean concerns(String resourceId) {
        return resourceIds.isEmpty() || resourceIds.contains(resourceId);
    }
}
