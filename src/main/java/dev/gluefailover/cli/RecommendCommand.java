package dev.gluefailover.cli;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.export.ExportFile;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.review.Recommendation;
import dev.gluefailover.review.RecommendationReport;
import dev.gluefailover.review.Recommendations;
import dev.gluefailover.rules.RuleSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Fixes the engine proves: each one is applied to a copy of the snapshot and the evaluation and "
                + "the single-failure matrix are run again with the same --fail and --set; only fixes that improve "
                + "something are listed, best first, each with before -> after and the AWS CLI commands "
                + "(printed, never run).",
        footer = {"", "Exit codes: 0 nothing to recommend; 6 there are proven recommendations (a CI step can fail on",
                "them, or ignore 6); 2 bad input or usage; 1 anything else."})
final class RecommendCommand extends EvaluatingCommand {
    /** Proven recommendations exist. Distinct from check's 3, 4 and 5, which speak of the run itself. */
    static final int RECOMMENDATIONS = 6;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the answer to FILE (replaced atomically) instead of standard output.")
    Path outFile;

    @Override
    public Integer call() {
        Loaded l = load();
        RuleSettings settings = scenario.settings();
        Recommendations.Result result = Recommendations.review(l.snapshot(), l.job(), l.simulation(), settings);
        String text = switch (format) {
            case json -> JsonReport.write(json(l, settings, result)) + "\n";
            case markdown -> RecommendationReport.markdown(result.recommendations());
            case text -> heading(l, settings) + RecommendationReport.text(result.now(), result.recommendations());
        };
        if (outFile != null) {
            OutputFile.write("--out", outFile, target -> ExportFile.write(target, text));
            spec.commandLine().getErr().println(RecommendationReport.wrote(outFile.toString(),
                    result.recommendations().size()));
            spec.commandLine().getErr().flush();
        } else {
            out().print(text);
            out().flush();
        }
        return result.isEmpty() ? ExitCode.OK : RECOMMENDATIONS;
    }

    private static String heading(Loaded l, RuleSettings settings) {
        return RecommendationReport.heading(l.job().name(), l.snapshot().source(), l.snapshot().region().name(),
                settings.ruleSet(), l.simulation().failures().stream().map(SimulatedFailure::describe).toList());
    }

    /** The JSON contract of {@code recommend} (README, "recommend --format json"). */
    static Map<String, Object> json(Loaded l, RuleSettings settings, Recommendations.Result result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", l.job().name());
        m.put("ruleSet", settings.ruleSet());
        m.put("source", l.snapshot().source());
        m.put("region", l.snapshot().region().name());
        m.put("simulated", l.simulation().failures().stream().map(SimulatedFailure::spec).toList());
        m.put("now", standing(result.now()));
        List<Object> list = new ArrayList<>();
        int rank = 0;
        for (Recommendation r : result.recommendations()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("rank", ++rank);
            rm.put("id", r.id());
            rm.put("kind", r.kind().name());
            rm.put("title", r.title());
            rm.put("reason", r.reason());
            rm.put("value", r.value());
            rm.put("before", standing(r.before()));
            rm.put("after", standing(r.after()));
            rm.put("changes", r.changes());
            rm.put("singlePointsRemoved", r.singlePointsRemoved().stream().map(s -> s.text()).toList());
            Map<String, Object> proposed = new LinkedHashMap<>();
            proposed.put("added", refs(r.fix().added()));
            proposed.put("changed", refs(r.fix().changed()));
            rm.put("proposed", proposed);
            rm.put("commands", r.fix().commands());
            rm.put("notes", r.fix().notes());
            list.add(rm);
        }
        m.put("recommendations", list);
        return m;
    }

    private static Map<String, Object> standing(Recommendation.Standing s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", s.outcome().name());
        m.put("chosen", s.chosen());
        m.put("runWouldSucceed", s.runWorks());
        m.put("resilience", JsonReport.resilience(s.resilience()));
        return m;
    }

    private static List<Object> refs(List<ElementRef> refs) {
        return refs.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", e.kind().name());
            m.put("id", e.id());
            return (Object) m;
        }).toList();
    }
}
