package dev.gluefailover.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FleetRankingTest {
    private final FleetRanking ranking = new FleetRanking(RuleSettings.defaults());

    @Test
    void jobsThatDifferOnlyInNameGetTheSameVerdictsUnderTheirOwnNames() {
        // job-0000 and job-0003 name the same two connections; job-0001 others
        Snapshot s = FleetNetworks.account("111111111111", 6, 3);
        FleetReport r = new FleetRanking(RuleSettings.defaults()).rank(List.of(ScanPart.of(s)));
        assertEquals(6, r.rows().size());
        for (FleetRow row : r.rows()) {
            assertEquals(row.jobName(), row.evaluation().job().name(), "the evaluation is the row's job's");
            assertEquals(row.job(), row.evaluation().job());
            // the same answer as evaluating the job on its own
            FleetRow alone = new FleetRanking(RuleSettings.defaults()).rank(List.of(ScanPart.of(s.withJobs(
                    List.of(row.job()))))).rows().get(0);
            assertEquals(alone.risk(), row.risk(), row.key());
            assertEquals(alone.chosen(), row.chosen(), row.key());
            assertEquals(alone.singlePointsOfFailure(), row.singlePointsOfFailure(), row.key());
            assertEquals(alone.evaluation().connections(), row.evaluation().connections(), row.key());
        }
        assertEquals(r.rows().stream().filter(x -> x.jobName().equals("job-0000")).findFirst().orElseThrow().risk(),
                r.rows().stream().filter(x -> x.jobName().equals("job-0003")).findFirst().orElseThrow().risk());
    }

    @Test
    void jobsOnOneNatRankBelowJobsThatSurviveAndTheNatIsNamedOnce() {
        // 9 jobs over 3 VPCs: vpc-0000 has a NAT per zone, vpc-0001 and vpc-0002 one NAT each.
        FleetReport r = ranking.rank(List.of(ScanPart.of(FleetNetworks.account("111111111111", 9, 3))));
        assertEquals(9, r.rows().size());
        assertEquals(6, r.count(Risk.FAILS_UNDER_SINGLE_FAILURE));
        assertEquals(3, r.count(Risk.SURVIVES));
        // worst first: the survivors come last
        assertEquals(List.of("job-0000", "job-0003", "job-0006"),
                r.rows().subList(6, 9).stream().map(FleetRow::jobName).toList());
        FleetRow worst = r.rows().get(0);
        assertTrue(worst.runWouldSucceed());
        assertTrue(!worst.survivesAz() && !worst.survivesNat());
        SharedCause nat = r.sharedCauses().stream().filter(c -> c.kind() == SharedCause.Kind.NAT_GATEWAY
                && c.elements().get(0).id().equals("nat-0001-a")).findFirst().orElseThrow();
        assertEquals(3, nat.jobCount());
        assertEquals("NAT gateway nat-0001-a in eu-west-1a (euw1-az3) carries 3 jobs alone", nat.text());
        // The zone outage stops the six single-NAT jobs: one cause, counted across both VPCs.
        SharedCause az = r.sharedCauses().stream().filter(c -> c.kind() == SharedCause.Kind.FAILURE_STOPS_JOBS
                && c.elements().get(0).kind() == ElementKind.AVAILABILITY_ZONE).findFirst().orElseThrow();
        assertEquals(6, az.jobCount());
        assertEquals(az, r.sharedCauses().get(0), "the cause with most jobs comes first");
        assertEquals(Risk.FAILS_UNDER_SINGLE_FAILURE, r.worst());
    }

    @Test
    void aJobThatWouldNotStartRanksFirst() {
        Snapshot fleet = FleetNetworks.account("111111111111", 3, 3);
        // No NAT gateway left: no connection has a way to S3, so Glue picks none.
        Snapshot broken = FleetNetworks.account("222222222222", 1, 1).withNatGateways(List.of());
        FleetReport r = ranking.rank(List.of(ScanPart.of(fleet), ScanPart.of(broken)));
        assertEquals(Risk.WOULD_NOT_START, r.rows().get(0).risk());
        assertEquals("222222222222", r.rows().get(0).account());
        assertEquals(Risk.WOULD_NOT_START, r.worst());
    }

    @Test
    void aProblemOfOneJobsSubnetIsThatJobsAndAWholeCallRefusalIsEveryJobs() {
        Snapshot s = FleetNetworks.account("111111111111", 3, 3).withProblems(List.of(
                new LoadProblem("ec2:DescribeVpcAttribute", "UnauthorizedOperation", "denied", List.of("vpc-0001")),
                new LoadProblem("ec2:DescribeRouteTables", "UnauthorizedOperation", "denied", List.of())));
        FleetReport r = ranking.rank(List.of(ScanPart.of(s)));
        FleetRow one = r.rows().stream().filter(x -> x.jobName().equals("job-0001")).findFirst().orElseThrow();
        FleetRow two = r.rows().stream().filter(x -> x.jobName().equals("job-0002")).findFirst().orElseThrow();
        assertEquals(2, one.problems().size());
        assertEquals(List.of("ec2:DescribeRouteTables"), two.problems().stream().map(LoadProblem::action).toList());
    }

    @Test
    void theRecommendationColumnComesFromTheFunctionGiven() {
        FleetRanking withAdvice = new FleetRanking(RuleSettings.defaults(), (engine, e, res) ->
                res.singlePointsOfFailure().isEmpty() ? Optional.empty() : Optional.of("add a NAT gateway"));
        FleetReport r = withAdvice.rank(List.of(ScanPart.of(FleetNetworks.account("111111111111", 3, 3))));
        assertEquals(Optional.of("add a NAT gateway"), r.rows().get(0).topRecommendation());
        assertEquals(Optional.empty(), r.rows().get(2).topRecommendation());
    }

    @Test
    void anUnreadablePartIsKeptAndHasNoRows() {
        FleetReport r = ranking.rank(List.of(ScanPart.failed("333333333333", "eu-west-1", "AccessDenied", "no role")));
        assertEquals(0, r.rows().size());
        assertEquals(1, r.unreadable().size());
        assertEquals(1, r.accountCount());
    }
}
