package dev.gluefailover.ui;

import java.util.List;

/**
 * What the window says when it does not show what the command line asked for: a sample that does
 * not exist, a file that cannot be opened. Without it the only trace was a warning on stderr,
 * which a desktop user never sees.
 */
final class StartNotice {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("window");
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
        String end = TEXT.get("start.end");
        String instead = shown == null ? end : TEXT.get("start.showing", shown);
        String sample = missingSample == null ? null
                : TEXT.get("start.noSample", missingSample, fileProblem == null ? instead : end, String.join(", ", samples));
        if (fileProblem == null) {
            return sample;
        }
        String file = fileProblem.file().getFileName().toString();
        return sample == null ? TEXT.get("start.couldNotOpen", file, fileProblem.reason(), instead)
                : TEXT.get("start.couldNotOpenAndSample", file, fileProblem.reason(), instead, sample);
    }
}
