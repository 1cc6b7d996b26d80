package dev.gluefailover.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in samples against the file format and the redactor. */
class SamplesFormatTest {

    static Stream<String> samples() {
        return Samples.names().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsAValidFileInBothFormats(String name) throws Exception {
        Snapshot s = Samples.get(name);
        SnapshotWriter w = new SnapshotWriter();
        for (SnapshotFormat f : SnapshotFormat.values()) {
            byte[] text = w.toText(s, f).getBytes(StandardCharsets.UTF_8);
            assertEquals(s, new SnapshotReader().read(text, name + "." + f.name().toLowerCase()));
        }
    }

    /**
     * A redacted snapshot must tell the same story: for every job, with nothing failed and with
     * each AZ failed in turn, the same verdicts in the same order, the same chosen connection
     * and the same check statuses.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void redactionKeepsEveryVerdict(String name) throws Exception {
        Snapshot original = Samples.get(name);
        Snapshot redacted = new Redactor().redact(original);
        // the redacted snapshot is itself a valid file
        new SnapshotReader().read(new SnapshotWriter().toText(redacted, SnapshotFormat.JSON)
                .getBytes(StandardCharsets.UTF_8), name + "-redacted.json");
        assertFalse(original.equals(redacted));

        List<Simulation> simulations = new ArrayList<>();
        simulations.add(Simulation.NONE);
        for (AvailabilityZone z : original.availabilityZones()) {
            simulations.add(Simulation.of(new SimulatedFailure.AzOutage(z.zoneId())));
        }
        Engine before = new Engine(original);
        Engine after = new Engine(redacted);
        for (int j = 0; j < original.jobs().size(); j++) {
            GlueJob a = original.jobs().get(j);
            GlueJob b = redacted.jobs().get(j);
            for (Simulation sim : simulations) {
                String where = name + " / job " + a.name() + " / " + sim;
                assertEquals(story(before.evaluate(a, sim, RuleSettings.defaults())),
                        story(after.evaluate(b, sim, RuleSettings.defaults())), where);
            }
        }
    }

    /** What must not change: per connection its order, verdict and each check's code and status. */
    private static List<String> story(Evaluation e) {
        List<String> out = new ArrayList<>();
        out.add("chosen #" + e.chosen().map(ConnectionEvaluation::order).orElse(0) + ", run works: "
                + e.runWouldSucceed() + ", certain: " + e.choiceCertain());
        for (ConnectionEvaluation c : e.connections()) {
            StringBuilder b = new StringBuilder("#" + c.order() + " " + c.verdict() + " " + c.availabilityZoneId() + ":");
            for (CheckResult r : c.checks()) {
                b.append(' ').append(r.code()).append('=').append(r.status());
            }
            out.add(b.toString());
        }
        return out;
    }
}
