package dev.gluefailover.rules;

/**
 * What a problem Glue meets at launch does to the run, where no source says [INF]: the launch
 * fails (whatever the other connections), or Glue skips that connection and considers the next.
 */
public enum LaunchEffect {
    /** The launch fails and the job does not start; the error names the connection. */
    STOP,
    /** Glue skips the connection as if a selection check had failed. */
    SKIP
}
