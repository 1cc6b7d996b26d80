package dev.gluefailover.edit;

import dev.gluefailover.model.ElementRef;

/**
 * A state AWS cannot have, found by {@link ScenarioValidation}: what it is about (an element of
 * the diagram, or null for a security group, a connection or the job, named in {@code subject}),
 * a stable code for tests and what is wrong, in the user's language.
 */
public record Problem(String code, ElementRef element, String subject, String message) {

    /** "subnet subnet-0abc: CIDR 10.9.0.0/24 lies outside VPC vpc-1's range 10.0.0.0/16". */
    public String text() {
        return subject + ": " + message;
    }
}
