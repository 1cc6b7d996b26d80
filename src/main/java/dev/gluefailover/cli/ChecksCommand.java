package dev.gluefailover.cli;

import dev.gluefailover.rules.Check;
import dev.gluefailover.rules.RuleSettings;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "checks", mixinStandardHelpOptions = true,
        description = "The catalogue of checks with their sources, and the inference settings with their defaults.")
final class ChecksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TextReport.Table t = new TextReport.Table("Code", "Kind", "Source", "Check");
        for (Check c : Check.values()) {
            t.row(c.code(), c.kind().json(), c.sourceLabel(), c.title());
        }
        out.print(t.render());
        out.println();
        out.println("Inference settings (--set NAME=VALUE), defaults of rule set " + RuleSettings.DEFAULT_RULE_SET + ":");
        for (Map.Entry<String, String> e : RuleSettings.defaults().asMap().entrySet()) {
            out.printf("  %-26s %s%n", e.getKey(), e.getValue());
        }
        out.flush();
        return ExitCode.OK;
    }
}
