package dev.gluefailover.cli;

import dev.gluefailover.design.DesignException;
import dev.gluefailover.design.DesignImport;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.Assumption;
import dev.gluefailover.model.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** --template and --terraform-plan: a design read into a snapshot, optionally over what exists. */
final class DesignSource {
    static final Messages TEXT = Messages.of("design");

    /** The design's snapshot and the lines to print about it. */
    record Loaded(Snapshot snapshot, List<String> notes) {
    }

    private DesignSource() {
    }

    static Loaded load(Path template, Path plan, Map<String, String> parameters, List<String> zones, String region,
            Snapshot base) {
        if (template != null && plan != null) {
            throw new UserInputException(TEXT.get("cli.bothDesigns"));
        }
        if (plan != null && parameters != null && !parameters.isEmpty()) {
            throw new UserInputException(TEXT.get("cli.parameterWithPlan"));
        }
        DesignImport.Options options = new DesignImport.Options(parameters, region, zones, base);
        Path file = template != null ? template : plan;
        try {
            DesignImport.Result r = template != null ? DesignImport.template(file, options)
                    : DesignImport.terraformPlan(file, options);
            return new Loaded(r.snapshot(), r.notes());
        } catch (DesignException e) {
            throw new UserInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserInputException(TEXT.get("cli.cannotRead", file, e.getMessage()), e);
        }
    }

    /** The design's warnings, its ignored count and the snapshot's assumptions, one line each on stderr. */
    static void printNotes(List<String> notes, Snapshot snapshot, PrintWriter err) {
        for (String n : notes) {
            err.println(TEXT.get("cli.warning", n));
        }
        for (Assumption a : snapshot.assumptions()) {
            err.println(TEXT.get("cli.assumed", a.elementId() == null ? a.text() : a.elementId() + ": " + a.text()));
        }
        err.flush();
    }
}
