package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link LapseDecisionUseCase}: declares a granting decision invalid when its TSM-13, TSM-14 or TSM-15 deadline has passed, and frees the unit.
 *
 * @param caseId the case
 * @param today the date of the check
 */
public record LapseDecisionCommand(CaseId caseId, LocalDate today) {
    /** Every part is required. */
    public LapseDecisionCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(today, "today");
    }
}
