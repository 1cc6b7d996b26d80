package dev.gluefailover.cli;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.FailureTargets;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.SnapshotWarnings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What check, matrix and timeline share: a source, a scenario, an output format. */
abstract class EvaluatingCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or markdown (check only: a review with the single-failure matrix).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    /** Loads the snapshot and resolves the job; exits 2 with a clear message on bad input. */
    Loaded load() {
        if (format == OutputFormat.json) {
            // JSON is a contract: its sentences (message, detail, headline) stay English whatever --lang says;
            // MainCommand restores the language when the command ends.
            dev.gluefailover.i18n.Messages.setLanguage(java.util.Locale.ENGLISH);
        }
        return load(source, scenario, spec.commandLine().getErr());
    }

    /** The same for a command without an output format (diagram). */
    static Loaded load(SourceOptions source, ScenarioOptions scenario, PrintWriter err) {
        Snapshot snapshot = source.load();
        // Loaded anyway, but never silently: what AWS cannot have is named on stderr (and in JSON).
        for (SnapshotWarnings.Warning w : SnapshotWarnings.of(snapshot)) {
            err.println(CliText.get("warning.line", w.text()));
        }
        // A design (template, plan): what it could not use, and what was assumed rather than observed.
        DesignSource.printNotes(source.designNotes(), snapshot, err);
        err.flush();
        Engine engine = new Engine(snapshot);
        // Resolved once, here: an AZ given by name is the outage of its zone id from now on, so a
        // name and its id give the same answer everywhere (a name the snapshot lacks stays as typed).
        FailureTargets targets = engine.failureTargets();
        Simulation simulation = targets.resolve(scenario.simulation());
        List<String> unknown = targets.unknownTargets(simulation);
        if (!unknown.isEmpty()) {
            throw new UserInputException(String.join("; ", unknown));
        }
        try {
            return new Loaded(snapshot, engine, engine.job(source.job()), simulation);
        } catch (IllegalArgumentException e) {
            // "the snapshot holds no Glue job": say which snapshot
            throw new UserInputException(source.describe() + ": " + e.getMessage());
        }
    }

    /** For commands whose answer has no Markdown form. */
    void requireTextOrJson() {
        if (format == OutputFormat.markdown) {
            throw new UserInputException(CliText.get("error.markdownOnlyCheck", spec.name()));
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @param simulation the --fail failures, resolved against the snapshot */
    record Loaded(Snapshot snapshot, Engine engine, GlueJob job, Simulation simulation) {
    }

}
