package dev.gluefailover.cli;

import dev.gluefailover.aws.JobSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "List the region's Glue jobs with their number of connections (read-only: glue:GetJobs).")
final class JobsCommand implements Callable<Integer> {
    @Mixin
    AwsOptions aws;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<JobSummary> jobs = LiveLoad.jobs(aws, spec.commandLine().getErr());
        int width = jobs.stream().mapToInt(j -> j.name().length()).max().orElse(4);
        out.println(String.format("%-" + width + "s  %s", "JOB", "CONNECTIONS"));
        jobs.forEach(j -> out.println(String.format("%-" + width + "s  %d", j.name(), j.connectionCount())));
        return ExitCode.OK;
    }
}
