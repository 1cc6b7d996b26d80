package dev.gluefailover.design;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.rules.RuleSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The design fixtures of src/test/resources/design and the evaluation of what they import. */
final class DesignFixtures {
    static final Path DIR = Path.of("src/test/resources/design");

    private DesignFixtures() {
    }

    static Path cdk(String stack) {
        return DIR.resolve("cdk").resolve(stack + ".template.json");
    }

    static DesignImport.Result template(Path file) throws Exception {
        return DesignImport.template(file, DesignImport.Options.defaults());
    }

    static DesignImport.Result template(Path file, Map<String, String> parameters) throws Exception {
        return DesignImport.template(file, new DesignImport.Options(parameters, null, null, null));
    }

    static DesignImport.Result yaml(String text) throws Exception {
        return DesignImport.template(text.getBytes(StandardCharsets.UTF_8), "inline.yaml",
                DesignImport.Options.defaults());
    }

    static Evaluation evaluate(DesignImport.Result r, SimulatedFailure... failures) {
        Engine engine = new Engine(r.snapshot());
        Simulation s = engine.failureTargets().resolve(Simulation.of(failures));
        return engine.evaluate(engine.job(null), s, RuleSettings.defaults());
    }
}
