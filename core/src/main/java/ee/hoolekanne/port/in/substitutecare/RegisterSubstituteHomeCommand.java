package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Registers a substitute home from its first internal evaluation or opening (AHT-8).
 *
 * @param caseId the home
 * @param firstEvaluation the day of its first evaluation or opening
 */
public record RegisterSubstituteHomeCommand(CaseId caseId, LocalDate firstEvaluation) {
    /** Every part is required. */
    public RegisterSubstituteHomeCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(firstEvaluation, "firstEvaluation");
    }
}
