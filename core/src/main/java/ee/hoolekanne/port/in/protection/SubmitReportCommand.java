package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.Report;

import java.util.Objects;

/**
 * Records the provider's report of activities and progress to the local government of residence (RVK-8).
 *
 * @param caseId the referral
 * @param report the report
 */
public record SubmitReportCommand(CaseId caseId, Report report) {
    /** Every part is required. */
    public SubmitReportCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(report, "report");
    }
}
