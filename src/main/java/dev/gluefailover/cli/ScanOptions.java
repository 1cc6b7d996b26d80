package dev.gluefailover.cli;

import dev.gluefailover.aws.AccountScan;
import dev.gluefailover.aws.AwsTimeouts;
import dev.gluefailover.aws.CancellationSignal;
import dev.gluefailover.aws.ScanClients;
import dev.gluefailover.aws.ScanOutcome;
import dev.gluefailover.aws.ScanProgress;
import dev.gluefailover.aws.ScanTarget;
import dev.gluefailover.aws.AwsConnectionOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where a scan reads from: profiles and regions (each profile in each region), or accounts entered
 * through a role, or an AWS Config aggregator; and how many targets run at once.
 */
final class ScanOptions {
    @Option(names = "--region", paramLabel = "REGION", description = "A region to scan; repeat for several "
            + "(default: AWS_REGION or the profile's).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "PROFILE", description = "An AWS profile to scan with; repeat for "
            + "several accounts (default: AWS_PROFILE).")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send AWS calls to this endpoint (local emulators).")
    String endpointUrl;

    @Option(names = "--accounts", paramLabel = "ID,ID…", split = ",",
            description = "Accounts to scan through --role-name (sts:AssumeRole with the profile's credentials).")
    List<String> accounts = new ArrayList<>();

    @Option(names = "--accounts-file", paramLabel = "FILE",
            description = "A file of account ids (one a line or comma-separated; # starts a comment).")
    Path accountsFile;

    @Option(names = "--role-name", paramLabel = "NAME", description = "The read-only role to assume in each account.")
    String roleName;

    @Option(names = "--config-aggregator", paramLabel = "NAME",
            description = "Read the network of every account and region from this AWS Config aggregator "
                    + "(SelectAggregateResourceConfig) instead of EC2 describes account by account; the aggregator "
                    + "is read in the first --region, and only the --region(s) given are scanned.")
    String configAggregator;

    @Option(names = "--max-parallel", paramLabel = "N", defaultValue = "4",
            description = "Accounts and regions read at the same time (default 4); the SDK's adaptive retry "
                    + "backs off when AWS throttles.")
    int maxParallel;

    @Option(names = "--cli-connect-timeout", paramLabel = "SECONDS",
            description = "Seconds to wait for a connection to AWS (default 3), as the AWS CLI's option.")
    Integer connectTimeout;

    @Option(names = "--cli-read-timeout", paramLabel = "SECONDS",
            description = "Seconds to wait for an answer once connected (default 10), as the AWS CLI's option.")
    Integer readTimeout;

    /** The targets the options name; a UserInputException for a combination that cannot be meant. */
    List<ScanTarget> targets() {
        List<String> ids = accountIds();
        if (maxParallel < 1) {
            throw new UserInputException("--max-parallel must be 1 or more");
        }
        List<String> regionList = regions.isEmpty() ? java.util.Arrays.asList((String) null) : List.copyOf(
                new LinkedHashSet<>(regions));
        List<ScanTarget> out = new ArrayList<>();
        if (!ids.isEmpty()) {
            if (roleName == null || roleName.isBlank()) {
                throw new UserInputException("--accounts and --accounts-file need --role-name: the read-only role to "
                        + "assume in each account");
            }
            if (profiles.size() > 1) {
                throw new UserInputException("with --accounts, give at most one --profile: its credentials assume the "
                        + "role in every account");
            }
            String profile = profiles.isEmpty() ? null : profiles.get(0);
            for (String id : ids) {
                for (String region : regionList) {
                    out.add(ScanTarget.assumeRole(profile, region, id, roleName.trim()));
                }
            }
            return out;
        }
        if (roleName != null && configAggregator == null) {
            throw new UserInputException("--role-name needs the accounts to assume it in: --accounts ID,ID… or "
                    + "--accounts-file FILE (or --config-aggregator NAME)");
        }
        List<String> profileList = profiles.isEmpty() ? java.util.Arrays.asList((String) null)
                : List.copyOf(new LinkedHashSet<>(profiles));
        for (String profile : profileList) {
            for (String region : regionList) {
                out.add(ScanTarget.profile(profile, region));
            }
        }
        return out;
    }

    private List<String> accountIds() {
        List<String> raw = new ArrayList<>(accounts);
        if (accountsFile != null) {
            try {
                for (String line : Files.readAllLines(accountsFile)) {
                    int hash = line.indexOf('#');
                    String content = hash >= 0 ? line.substring(0, hash) : line;
                    for (String part : content.split("[,\\s]+")) {
                        if (!part.isBlank()) {
                            raw.add(part);
                        }
                    }
                }
            } catch (NoSuchFileException e) {
                throw new UserInputException("--accounts-file " + accountsFile + ": no such file");
            } catch (IOException e) {
                throw new UserInputException("cannot read --accounts-file " + accountsFile + ": " + OutputFile.reason(e));
            }
        }
        List<String> ids = new ArrayList<>();
        for (String id : raw) {
            String t = id.trim();
            if (!t.matches("\\d{12}")) {
                throw new UserInputException("account id '" + t + "' is not 12 digits");
            }
            if (!ids.contains(t)) {
                ids.add(t);
            }
        }
        return ids;
    }

    /** Reads every target (or the aggregator and then every target), read-only. */
    List<ScanOutcome> scan(ScanProgress progress, CancellationSignal cancel) {
        List<ScanTarget> targets = targets();
        AwsTimeouts timeouts = AwsTimeouts.ofSeconds(connectTimeout, readTimeout);
        ScanClients clients = ScanClients.standard(AwsConnectionOptions.endpoint(endpointUrl), timeouts);
        AccountScan scan = new AccountScan(clients, maxParallel);
        if (configAggregator != null) {
            String region = regions.isEmpty() ? null : regions.get(0);
            String profile = profiles.isEmpty() ? null : profiles.get(0);
            if (region == null) {
                throw new UserInputException("--config-aggregator needs --region: the region the aggregator is in "
                        + "(its accounts' regions come from the aggregator)");
            }
            List<String> only = List.copyOf(new LinkedHashSet<>(regions));
            for (String r : only) {
                if (!r.matches("[a-z]{2}(-[a-z0-9]+)+")) {
                    throw new UserInputException("--region " + r + ": not a region name (e.g. eu-west-1)");
                }
            }
            boolean explicit = !accountIds().isEmpty();
            // The aggregator is read in the first region; only the given regions are reported.
            return scan.scanWithConfig(configAggregator, profile, region, only, explicit ? targets : List.of(),
                    roleName, DNS_WHERE_IT_DECIDES, progress, cancel);
        }
        return scan.scan(targets, DNS_WHERE_IT_DECIDES, progress, cancel);
    }

    /** The DNS attributes only where they can decide a verdict: DescribeVpcAttribute is two calls per VPC. */
    private static final dev.gluefailover.aws.GlueNetworkLoader.DnsAttributesNeeded DNS_WHERE_IT_DECIDES =
            withoutDns -> dev.gluefailover.engine.checks.DnsEnabled.vpcsWhereAttributesDecide(
                    new dev.gluefailover.engine.Engine(withoutDns), dev.gluefailover.rules.RuleSettings.defaults());

    /** A progress line on stderr when it is a terminal; nothing otherwise (pipes, CI logs). */
    static ScanProgress progressLine(PrintWriter err) {
        if (System.console() == null) {
            return ScanProgress.ignore();
        }
        return (done, all, target, status) -> {
            synchronized (err) {
                String line = String.format("[%d/%d] %s: %s", done, all, target, status.step());
                line = line.length() > WIDTH ? line.substring(0, WIDTH) : line;
                err.print("\r" + line + " ".repeat(WIDTH - line.length()));
                err.flush();
            }
        };
    }

    static void endProgressLine(PrintWriter err) {
        if (System.console() != null) {
            synchronized (err) {
                err.print("\r" + " ".repeat(WIDTH) + "\r");
                err.flush();
            }
        }
    }

    private static final int WIDTH = 79;
}
