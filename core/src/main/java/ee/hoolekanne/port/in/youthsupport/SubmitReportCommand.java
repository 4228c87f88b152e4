package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.Report;

import java.util.Objects;

/**
 * Records the support person's report to the local government (AHT-12).
 *
 * @param caseId the case
 * @param report the report
 */
public record SubmitReportCommand(CaseId caseId, Report report) {
    /** Every part is required. */
    public SubmitReportCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(report, "report");
    }
}
