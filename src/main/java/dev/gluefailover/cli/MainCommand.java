package dev.gluefailover.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code glue-failover-explorer <command> ...}. */
@Command(name = "glue-failover-explorer", mixinStandardHelpOptions = true, version = "Glue Failover Explorer 0.1.0",
        description = "Shows which of an AWS Glue job's connections Glue would pick at run time, why, and what "
                + "happens when an Availability Zone, a NAT gateway or an endpoint fails. Without a command, "
                + "the desktop app starts.",
        subcommands = {CheckCommand.class, MatrixCommand.class, TimelineCommand.class, SamplesCommand.class,
                ChecksCommand.class, BenchCommand.class, JobsCommand.class, CaptureCommand.class, DiagramCommand.class,
                ScanCommand.class},
        footer = {"", "Exit codes: 0 chosen and the run would work; 3 no connection would be chosen;",
                "4 chosen but the run would fail; 2 bad input or usage; 1 anything else."})
public final class MainCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(MainCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line wired with the project's exit codes and error messages. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new MainCommand());
        // Names from AWS or a file never reach the terminal with their control characters raw.
        cl.setOut(new PrintWriter(new TerminalSafeWriter(out, false), true));
        cl.setErr(new PrintWriter(new TerminalSafeWriter(err, true), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserInputException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof dev.gluefailover.aws.AwsLoadException aws) {
                // One sentence the user can act on; setup problems and unknown jobs are bad input.
                commandLine.getErr().println("error: " + aws.getMessage());
                return aws.isUserSetupProblem() || aws.reason() == dev.gluefailover.aws.AwsLoadException.Reason.JOB_NOT_FOUND
                        ? ExitCode.BAD_INPUT : ExitCode.ERROR;
            }
            LOG.error("unexpected failure", ex);
            commandLine.getErr().println("error: " + ex);
            return ExitCode.ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("error: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.BAD_INPUT;
        });
        return cl;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return commandLine(out, err).execute(args);
    }
}
