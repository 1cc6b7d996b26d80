package dev.gluefailover.aws;

/**
 * How far a load is: AWS calls done, calls planned so far (grows when a response has another
 * page), and the step in words ("Reading 3 Glue connections").
 */
public record LoadStatus(int callsDone, int callsPlanned, String step) {
    /** 0..1, for a progress bar. */
    public double fraction() {
        return callsPlanned <= 0 ? 0 : Math.min(1.0, (double) callsDone / callsPlanned);
    }
}
