package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;

import java.util.Objects;

/**
 * The command of {@link ReadCaseUseCase}: a caseworker reads a case; the reading is recorded as a use of the personal data of everyone in it (TSM-18).
 *
 * @param caseId the case
 */
public record ReadCaseCommand(CaseId caseId) {
    /** Every part is required. */
    public ReadCaseCommand {
        Objects.requireNonNull(caseId, "caseId");
    }
}
