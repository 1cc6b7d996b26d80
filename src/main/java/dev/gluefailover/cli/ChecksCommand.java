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
        sb.append(CliText.get("checks.heading")).append('\n');
        TextReport.Table t = new TextReport.Table(CliText.get("checks.col.code"), CliText.get("checks.col.kind"),
                CliText.get("checks.col.source"), CliText.get("checks.col.check"));
        for (CheckDefinition c : CheckCatalogue.definitions()) {
            t.row(c.code(), c.kind().json(), c.sourceLabel(), c.title());
        }
        sb.append(t.render()).append('\n');
        sb.append(CliText.get("checks.settings", RuleSettings.DEFAULT_RULE_SET)).append('\n');
        for (Setting s : Setting.values()) {
            sb.append("  ").append(s.key()).append(" — ").append(s.title()).append(' ').append(s.tag().label())
                    .append('\n');
            sb.append("      ").append(s.help()).append('\n');
            sb.append("      ");
            if (s.type() == Setting.Type.TEXT) {
                sb.append(CliText.get("checks.defaultText", s.defaultValue()));
            } else {
                sb.append(s.type() == dev.gluefailover.rules.Setting.Type.NUMBER
                        ? CliText.get("checks.defaultNumber", s.defaultValue(), s.min(), s.max())
                        : CliText.get("checks.defaultChoice", s.defaultValue(), String.join(", ", s.allowedValues())));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
