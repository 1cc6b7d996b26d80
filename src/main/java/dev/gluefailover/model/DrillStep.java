package dev.gluefailover.model;

import java.util.List;

/**
 * One step of a {@link Drill}.
 *
 * @param fail the simulated failures in force at this step, in the command line's {@code --fail} form
 *             ({@code az=use1-az1}, {@code nat=nat-…}, {@code endpoint=vpce-…}, {@code subnet-ips=subnet-…:0})
 * @param captionEn what the trainer says, in English
 * @param captionJa the same in Japanese (null: the English one)
 * @param expectedChosen the connection the engine should choose at this step, or null when none should be
 * @param expectedRunWorks whether the run should work at this step (null: not stated)
 */
public record DrillStep(List<String> fail, String captionEn, String captionJa, String expectedChosen,
        Boolean expectedRunWorks) {
    public DrillStep {
        fail = fail == null ? List.of() : List.copyOf(fail);
    }
}
