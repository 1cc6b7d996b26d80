package dev.gluefailover.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.Drill;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.training.DrillCheck;
import dev.gluefailover.training.DrillStepCheck;
import dev.gluefailover.training.DrillTexts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drill}: a snapshot's drills step by step with the engine's outcome beside the expected
 * one, for handouts (text, Markdown) and for tests (JSON). Exit 2 when a step does not give the
 * outcome its drill expects, naming the step on stderr.
 */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Print a drill's steps with their outcomes (a handout for training); exit 2 when a step's "
                + "expected outcome does not match the engine.")
final class DrillCommand implements Callable<Integer> {
    private static final Messages TEXT = Messages.of("training");

    @Option(names = "--sample", paramLabel = "NAME", description = "A built-in sample (see `samples`).")
    String sample;

    @Option(names = "--snapshot", paramLabel = "FILE", description = "A snapshot file (JSON or YAML) with drills.")
    Path snapshotFile;

    @Option(names = "--drill", paramLabel = "NAME", description = "One drill by name (default: every drill).")
    String drillName;


    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or markdown.")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = locale();
        Snapshot snapshot = load();
        String where = snapshotFile != null ? snapshotFile.toString() : sample;
        if (snapshot.drills().isEmpty()) {
            throw new UserInputException(TEXT.in(locale, "cli.noDrills", where));
        }
        List<Drill> drills = snapshot.drills();
        if (drillName != null) {
            drills = drills.stream().filter(d -> d.name().equals(drillName)).toList();
            if (drills.isEmpty()) {
                throw new UserInputException(TEXT.in(locale, "cli.noDrill", drillName, where,
                        String.join(", ", snapshot.drills().stream().map(Drill::name).toList())));
            }
        }
        List<DrillCheck> checks;
        try {
            checks = drills.stream().map(d -> DrillCheck.of(snapshot, d)).toList();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(where + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(json(checks, locale));
            case markdown -> checks.forEach(c -> markdown(out, c, locale));
            default -> checks.forEach(c -> text(out, c, locale));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        boolean allMatch = true;
        for (DrillCheck c : checks) {
            for (DrillStepCheck s : c.mismatches()) {
                err.println("error: " + c.drill().name() + ": " + DrillCheck.mismatchText(s, locale));
                allMatch = false;
            }
        }
        err.flush();
        return allMatch ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    private Locale locale() {
        // --lang (the command line's, before or after the command name) has set the language already
        return Messages.language();
    }

    private Snapshot load() {
        if (sample != null && snapshotFile != null) {
            throw new UserInputException("use either --sample or --snapshot, not both");
        }
        if (sample != null) {
            try {
                return Samples.get(sample);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
        }
        if (snapshotFile != null) {
            return SourceOptions.readFile(snapshotFile);
        }
        throw new UserInputException("say which drills: --sample NAME or --snapshot FILE");
    }

    private static void text(PrintWriter out, DrillCheck c, Locale locale) {
        out.println(TEXT.in(locale, "cli.drillHeader", c.drill().name(), DrillTexts.title(c.drill(), locale),
                c.steps().size(), c.job().name()));
        for (DrillStepCheck s : c.steps()) {
            out.println();
            out.println(TEXT.in(locale, "cli.stepHeader", s.number(), c.steps().size()) + "  "
                    + (s.matches() ? TEXT.in(locale, "cli.match") : TEXT.in(locale, "cli.mismatch")));
            out.println("  " + s.caption(locale));
            out.println("  " + TEXT.in(locale, "cli.fail", failures(s, locale)));
            out.println("  " + TEXT.in(locale, "cli.expected", DrillCheck.expectedText(s.step(), locale)));
            out.println("  " + TEXT.in(locale, "cli.actual", DrillCheck.actualText(s, locale)));
            if (s.evaluation() != null) {
                out.println("  " + TEXT.in(locale, "cli.verdict", s.evaluation().headline()));
            }
        }
        out.println();
        int bad = c.mismatches().size();
        out.println(bad == 0 ? TEXT.in(locale, "cli.summaryOk", c.steps().size(), c.drill().name())
                : TEXT.in(locale, "cli.summaryBad", bad, c.steps().size(), c.drill().name()));
        out.println();
    }

    private static void markdown(PrintWriter out, DrillCheck c, Locale locale) {
        out.println("## " + md(DrillTexts.title(c.drill(), locale)) + " (`" + c.drill().name() + "`)");
        out.println();
        out.println("| " + TEXT.in(locale, "md.step") + " | " + TEXT.in(locale, "md.failures") + " | "
                + TEXT.in(locale, "md.caption") + " | " + TEXT.in(locale, "md.expected") + " | "
                + TEXT.in(locale, "md.actual") + " |");
        out.println("|---|---|---|---|---|");
        for (DrillStepCheck s : c.steps()) {
            out.println("| " + s.number() + " | " + md(failures(s, locale)) + " | " + md(s.caption(locale)) + " | "
                    + md(DrillCheck.expectedText(s.step(), locale)) + " | "
                    + (s.matches() ? "" : "**" + TEXT.in(locale, "cli.mismatch") + "** ")
                    + md(DrillCheck.actualText(s, locale)) + " |");
        }
        out.println();
        int bad = c.mismatches().size();
        out.println(bad == 0 ? TEXT.in(locale, "cli.summaryOk", c.steps().size(), c.drill().name())
                : TEXT.in(locale, "cli.summaryBad", bad, c.steps().size(), c.drill().name()));
        out.println();
    }

    private static String failures(DrillStepCheck s, Locale locale) {
        return s.step().fail().isEmpty() ? TEXT.in(locale, "cli.noFailure") : String.join(", ", s.step().fail());
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String json(List<DrillCheck> checks, Locale locale) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("language", locale.getLanguage());
        ArrayNode drills = root.putArray("drills");
        for (DrillCheck c : checks) {
            ObjectNode d = drills.addObject();
            d.put("name", c.drill().name());
            d.put("title", DrillTexts.title(c.drill(), locale));
            d.put("job", c.job().name());
            d.put("passes", c.passes());
            ArrayNode steps = d.putArray("steps");
            for (DrillStepCheck s : c.steps()) {
                ObjectNode o = steps.addObject();
                o.put("number", s.number());
                ArrayNode fail = o.putArray("fail");
                s.step().fail().forEach(fail::add);
                o.put("caption", s.caption(locale));
                ObjectNode expected = o.putObject("expected");
                expected.put("chosen", s.step().expectedChosen());
                if (s.step().expectedRunWorks() == null) {
                    expected.putNull("runWorks");
                } else {
                    expected.put("runWorks", s.step().expectedRunWorks());
                }
                ObjectNode actual = o.putObject("actual");
                actual.put("chosen", s.actualChosen().orElse(null));
                actual.put("runWorks", s.actualRunWorks());
                actual.put("outcome", s.evaluation() == null ? null : s.evaluation().outcome().name());
                o.put("matches", s.matches());
                if (s.problem() != null) {
                    o.put("problem", s.problem());
                }
            }
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
