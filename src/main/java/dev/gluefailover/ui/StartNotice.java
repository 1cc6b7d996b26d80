package dev.gluefailover.ui;

import java.util.List;

/**
 * What the window says when it does not show what the command line asked for: a sample that does
 * not exist, a file that cannot be opened. Without it the only trace was a warning on stderr,
 * which a desktop user never sees.
 */
final class StartNotice {
    private StartNotice() {
    }

    /**
     * The notice, or null when everything asked for is showing.
     *
     * @param missingSample the sample asked for that does not exist, or null
     * @param samples       the samples there are
     * @param fileProblem   why the file asked for could not be opened, or null (opened, or none asked)
     * @param shown         what the window shows instead, e.g. "seed-article"; null when the file opened
     */
    static String text(String missingSample, List<String> samples, SnapshotFiles.OpenProblem fileProblem,
            String shown) {
        String instead = shown == null ? "." : "; showing " + shown + ".";
        String sample = missingSample == null ? null
                : "No sample named '" + missingSample + "'" + (fileProblem == null ? instead : ".") + " Samples: "
                        + String.join(", ", samples) + ".";
        if (fileProblem == null) {
            return sample;
        }
        return "Could not open " + fileProblem.file().getFileName() + ": " + fileProblem.reason() + instead
                + (sample == null ? "" : " " + sample);
    }
}
