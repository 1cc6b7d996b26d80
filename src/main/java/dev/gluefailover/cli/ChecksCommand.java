package dev.gluefailover.cli;

import dev.gluefailover.engine.checks.CheckCatalogue;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.Setting;
import java.io.PrintWriter;
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
        out.print(render());
        out.flush();
        return ExitCode.OK;
    }

    /** The catalogues as text: every check in evaluation order, then every setting. */
    static String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("Checks, in the order Glue's choice is evaluated:\n");
        TextReport.Table t = new TextReport.Table("Code", "Kind", "Source", "Check");
        for (CheckDefinition c : CheckCatalogue.definitions()) {
            t.row(c.code(), c.kind().json(), c.sourceLabel(), c.title());
        }
        sb.append(t.render()).append('\n');
        sb.append("Settings (--set NAME=VALUE), defaults of rule set ").append(RuleSettings.DEFAULT_RULE_SET)
                .append(":\n");
        for (Setting s : Setting.values()) {
            sb.append("  ").append(s.key()).append(" — ").append(s.title()).append(' ').append(s.tag().label())
                    .append('\n');
            sb.append("      ").append(s.help()).append('\n');
            sb.append("      default ").append(s.defaultValue());
            if (s.type() == Setting.Type.TEXT) {
                sb.append("; any text");
            } else {
                sb.append(s.type() == dev.gluefailover.rules.Setting.Type.NUMBER
                        ? "; a whole number from " + s.min() + " to " + s.max()
                        : "; one of " + String.join(", ", s.allowedValues()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
