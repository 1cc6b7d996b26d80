package dev.gluefailover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in sample, served by the fake endpoint and loaded back through the real SDK,
 * gives the same content and the same evaluation for each of its jobs.
 */
class SampleRoundTripTest {

    static Stream<String> samples() {
        return Samples.names().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadingASampleGivesTheSameVerdicts(String name) {
        Snapshot sample = Samples.get(name);
        List<String> jobNames = sample.jobs().stream().map(GlueJob::name).toList();
        Snapshot loaded;
        try (FakeAws fake = FakeAws.serve(sample).pageSize(2); AwsClients clients = fake.clients()) {
            loaded = new GlueNetworkLoader(clients).load(jobNames);
        }
        TestNetworks.assertSameContent(TestNetworks.expectedLoad(sample, jobNames), loaded);
        Engine original = new Engine(sample);
        Engine reloaded = new Engine(loaded);
        for (GlueJob job : sample.jobs()) {
            assertEquals(original.evaluate(job, Simulation.NONE, RuleSettings.defaults()),
                    reloaded.evaluate(reloaded.job(job.name()), Simulation.NONE, RuleSettings.defaults()),
                    name + " / " + job.name());
        }
    }
}
