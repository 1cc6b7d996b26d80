package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A live load's progress step in the window's language. The loader words its steps once, in
 * English, for the command line's progress on stderr ("Reading 3 Glue connections"); the dialog
 * recognises each of them and says it again. A step it does not know is shown as the loader wrote it.
 */
final class LoadStepText {
    private static final Messages T = Messages.of("dialogs");

    private record Step(Pattern pattern, String key) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(Pattern.compile("Listing Glue jobs"), "step.listingJobs"),
            new Step(Pattern.compile("Reading (\\d+) Glue jobs?"), "step.readingJobs"),
            new Step(Pattern.compile("Reading (\\d+) Glue connections?"), "step.readingConnections"),
            new Step(Pattern.compile("Listing Glue connections for (\\d+) connection names?"), "step.listingConnections"),
            new Step(Pattern.compile("Reading subnets, security groups and zones"), "step.readingNetwork"),
            new Step(Pattern.compile("Reading (\\d+) VPCs?: routes, gateways, endpoints"), "step.readingVpcs"),
            new Step(Pattern.compile("Done"), "step.done"));

    private LoadStepText() {
    }

    /** The step in the current language; English steps stay word for word as the loader wrote them. */
    static String of(String step) {
        if (step == null || !Messages.isJapanese()) {
            return step;
        }
        for (Step s : STEPS) {
            Matcher m = s.pattern().matcher(step);
            if (m.matches()) {
                return m.groupCount() == 0 ? T.get(s.key()) : T.get(s.key(), m.group(1));
            }
        }
        return step;
    }
}
