package dev.gluefailover.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The launcher's guess whether a command line will call AWS (it then readies TLS beside the start):
 * yes for the live forms, no for samples, files, designs and help, and its option lists follow the
 * command line's own options.
 */
class LiveStartTest {
    private static boolean guess(String line) {
        return LiveStart.mayCallAws(List.of(line.split(" ")));
    }

    @Test
    void liveFormsSayYes() {
        for (String line : List.of("check --job nightly-etl", "matrix --job nightly-etl --region eu-west-1",
                "check --job=nightly-etl --profile prod --format json", "jobs", "jobs --region eu-west-1",
                "scan", "scan --profile a --profile b", "capture --all-jobs --out f.json",
                "capture --scan --out f.json", "recommend --job j --endpoint-url http://localhost:4566",
                "--lang ja check --job j")) {
            assertTrue(guess(line), line);
        }
    }

    @Test
    void offlineFormsSayNo() {
        for (String line : List.of("check --sample seed-article", "check --snapshot f.json --job nightly-etl",
                "check --snapshot=f.json --job j", "matrix --template t.yaml --region eu-west-1",
                "check --terraform-plan p.json", "scan --snapshot scan.json", "diff --before-sample a --after-sample b",
                "check --job j --help", "samples", "checks", "bench", "--version", "timeline --sample seed-article")) {
            assertFalse(guess(line), line);
        }
        assertFalse(LiveStart.mayCallAws(List.of()));
    }

    /** Every AWS option of the command line is in the live list, every file or sample source in the offline one. */
    @Test
    void theListsFollowTheCommandLinesOptions() {
        Set<String> aws = new TreeSet<>();
        Set<String> offline = new TreeSet<>();
        for (String name : MainCommand.commandNames()) {
            var cl = MainCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    name);
            for (OptionSpec o : cl.getSubcommands().get(name).getCommandSpec().options()) {
                Object owner = o.userObject() instanceof java.lang.reflect.Field f ? f.getDeclaringClass() : null;
                if (owner == AwsOptions.class || owner == ScanOptions.class && !o.longestName().equals("--max-parallel")
                        && !o.longestName().equals("--snapshot")) {
                    aws.add(o.longestName());
                }
                if (owner == SourceOptions.class && Set.of("--sample", "--snapshot", "--template", "--terraform-plan")
                        .contains(o.longestName())) {
                    offline.add(o.longestName());
                }
            }
        }
        assertFalse(aws.isEmpty());
        assertTrue(LiveStart.LIVE_OPTIONS.containsAll(aws), "not in LIVE_OPTIONS: " + without(aws, LiveStart.LIVE_OPTIONS));
        assertTrue(LiveStart.OFFLINE_OPTIONS.containsAll(offline), "not in OFFLINE_OPTIONS: " + offline);
        assertTrue(offline.containsAll(Set.of("--sample", "--snapshot", "--template", "--terraform-plan")), offline.toString());
    }

    private static Set<String> without(Set<String> a, Set<String> b) {
        Set<String> r = new TreeSet<>(a);
        r.removeAll(b);
        return r;
    }
}
