package dev.gluefailover.cli;

import dev.gluefailover.i18n.Messages;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code glue-failover-explorer <command> ...}. */
@Command(name = "glue-failover-explorer", mixinStandardHelpOptions = true, version = "Glue Failover Explorer 0.1.0",
        description = "Shows which of an AWS Glue job's connections Glue would pick at run time, why, and what "
                + "happens when an Availability Zone, a NAT gateway or an endpoint fails. Without a command, "
                + "the desktop app starts.",
        footer = {"", "Exit codes: 0 chosen and the run would work; 3 no connection would be chosen;",
                "4 chosen but the run would fail; 2 bad input or usage; 1 anything else.",
                "diff: 0 no worse; 5 resilience got worse (see diff --help)."})
public final class MainCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(MainCommand.class);
    private static final Messages TEXTS = Messages.of("cli");

    /**
     * The commands, in the order help lists them. Added to the command line by {@link #commandLine},
     * not declared in {@code @Command(subcommands)}: picocli reads every declared command's options by
     * reflection before it parses anything, and a start that names its command needs only that one.
     */
    private static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, MatrixCommand.class,
            TimelineCommand.class, SamplesCommand.class, ChecksCommand.class, BenchCommand.class, JobsCommand.class,
            CaptureCommand.class, DiagramCommand.class, RecommendCommand.class, DiffCommand.class, ReportCommand.class,
            FisTemplateCommand.class, DrillCommand.class, ScanCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The language asked for with {@code --lang}; null: the OS locale's (or {@code gfe.lang}). */
    private Locale language;

    /**
     * {@code --lang en|ja}, before or after the command name: the language of text output, Markdown
     * and error lines. JSON keeps English sentences (a stable contract). {@code --help} stays English.
     */
    @picocli.CommandLine.Option(names = "--lang", paramLabel = "LANG", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Language of text output, reports and errors: en or ja (default: the OS locale). "
                    + "JSON keeps English.")
    void setLanguage(String tag) {
        try {
            language = Messages.parse(tag);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Messages.of("cli").get("error.language", tag));
        }
    }

    /** The language the command runs in: {@code --lang}, else the process's. */
    Locale language() {
        return language;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command names, from the commands' annotations (without building the command line). */
    public static Set<String> commandNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> c : COMMANDS) {
            names.add(c.getAnnotation(Command.class).name());
        }
        return names;
    }

    /** The command line wired with the project's exit codes and error messages, with every command. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * The same with only the command named {@code only} when it is one (what a start naming its command
     * needs); every command when it is null or not a command name (help, usage errors, {@code --lang} first).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String only) {
        CommandLine cl = new CommandLine(new MainCommand());
        boolean one = only != null && commandNames().contains(only);
        for (Class<?> c : COMMANDS) {
            if (!one || c.getAnnotation(Command.class).name().equals(only)) {
                // Added after MainCommand's own options, so the inherited --lang reaches each command.
                cl.addSubcommand(new CommandLine(c));
            }
        }
        // Names from AWS or a file never reach the terminal with their control characters raw.
        cl.setOut(new PrintWriter(new TerminalSafeWriter(out, false), true));
        cl.setErr(new PrintWriter(new TerminalSafeWriter(err, true), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // --lang is parsed before anything runs; the language is the process's for the command only.
        picocli.CommandLine.IExecutionStrategy runLast = new picocli.CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            Locale before = Messages.language();
            Locale asked = ((MainCommand) parseResult.commandSpec().userObject()).language();
            if (asked != null) {
                Messages.setLanguage(asked);
            }
            try {
                return runLast.execute(parseResult);
            } catch (picocli.CommandLine.ExecutionException ex) {
                // Handled here, not after the strategy returns, so that the error line speaks the language too.
                Exception cause = ex.getCause() instanceof Exception c ? c : ex;
                try {
                    return cl.getExecutionExceptionHandler().handleExecutionException(cause, ex.getCommandLine(),
                            parseResult);
                } catch (Exception unhandled) {
                    throw ex;
                }
            } finally {
                Messages.setLanguage(before);
            }
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserInputException) {
                commandLine.getErr().println(TEXTS.get("error.line", ex.getMessage()));
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof dev.gluefailover.aws.AwsLoadException aws) {
                // One sentence the user can act on; setup problems and unknown jobs are bad input.
                commandLine.getErr().println(TEXTS.get("error.line", aws.getMessage()));
                return aws.isUserSetupProblem() || aws.reason() == dev.gluefailover.aws.AwsLoadException.Reason.JOB_NOT_FOUND
                        ? ExitCode.BAD_INPUT : ExitCode.ERROR;
            }
            LOG.error("unexpected failure", ex);
            commandLine.getErr().println(TEXTS.get("error.line", ex));
            return ExitCode.ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(TEXTS.get("error.line", ex.getMessage()));
            c.getErr().println(TEXTS.get("error.tryHelp", c.getCommandSpec().qualifiedName()));
            return ExitCode.BAD_INPUT;
        });
        return cl;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return commandLine(out, err, args.length > 0 ? args[0] : null).execute(args);
    }
}
