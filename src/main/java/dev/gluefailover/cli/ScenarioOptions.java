package dev.gluefailover.cli;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.rules.RetryMode;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The simulated failures and the rule settings of a command. */
public class ScenarioOptions {
    @Option(names = "--fail", paramLabel = "KIND=ID",
            description = "Simulate a failure (repeatable): az=<zone id or name>, nat=<nat id>, endpoint=<vpce id>, "
                    + "subnet-ips=<subnet id>:<n>, subnet=<subnet id>.")
    List<String> failures = new ArrayList<>();

    @Option(names = "--retry-mode", paramLabel = "MODE", description = "How retries pick a connection: rescan (default) or sticky.")
    String retryMode;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Change an inference setting (repeatable), e.g. failedNatCounts=true; `checks` lists them.")
    List<String> settings = new ArrayList<>();

    public Simulation simulation() {
        Simulation s = Simulation.NONE;
        for (String f : failures) {
            try {
                s = s.with(SimulatedFailure.parse(f));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(CliText.get("error.fail", f, e.getMessage()));
            }
        }
        return s;
    }

    public RuleSettings settings() {
        RuleSettings s = RuleSettings.defaults();
        try {
            for (String kv : settings) {
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(CliText.get("error.setForm", kv));
                }
                s = s.with(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
            }
            if (retryMode != null) {
                s = s.withRetryMode(RetryMode.parse(retryMode));
            }
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        return s;
    }
}
