package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.Evaluation;
import org.junit.jupiter.api.Test;

/** The headline area says what the job comes to, including where it runs and the Glue-version assumption. */
class HeadlineTest {
    private final MainViewModel vm = new MainViewModel(RecentFiles.inMemory());

    @Test
    void aJobOutsideTheVpcsIsNotAJobThatWouldNotStart() {
        vm.openSample("no-vpc");
        Evaluation e = vm.getEvaluation();
        assertEquals(Evaluation.Outcome.RUNS_OUTSIDE_VPC, e.outcome());
        assertTrue(e.headline().startsWith("This job runs outside your VPCs"), e.headline());
        assertTrue(Headline.detail(e, e.outcome()).contains("Glue runs the job in its own network"));
    }

    @Test
    void aGlue6JobSaysItsVerdictRestsOnTheAssumption() {
        vm.openSample("glue-6-graviton");
        Evaluation e = vm.getEvaluation();
        assertEquals(Evaluation.VersionScope.ASSUMED_AS_5_1, e.versionScope());
        assertTrue(e.headline().contains("assuming Glue 6.1 fails over as Glue 5.1 does"), e.headline());
        String detail = Headline.detail(e, e.outcome());
        assertTrue(detail.contains("Glue 6.1: AWS documents this failover for Glue 5.1 and earlier"), detail);
    }

    @Test
    void aRoleThatMayNotDescribeIsNamedAsTheReason() {
        vm.openSample("role-cannot-describe");
        Evaluation e = vm.getEvaluation();
        assertEquals(Evaluation.Outcome.NO_CONNECTION, e.outcome());
        assertTrue(Headline.detail(e, e.outcome()).contains("ROLE_CANNOT_DESCRIBE"), Headline.detail(e, e.outcome()));
    }
}
