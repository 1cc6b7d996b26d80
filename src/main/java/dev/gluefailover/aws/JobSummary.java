package dev.gluefailover.aws;

/** One line of the job picker: a Glue job's name and how many connections it lists. */
public record JobSummary(String name, int connectionCount) {
}
