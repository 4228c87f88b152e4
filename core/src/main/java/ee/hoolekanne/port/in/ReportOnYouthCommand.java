package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.Report;

import java.util.Objects;

/**
 * Records the support person's report to the local government (AHT-12).
 *
 * @param id the case
 * @param report the report
 */
public record ReportOnYouthCommand(CaseId id, Report report) {
    /** Every part is required. */
    public ReportOnYouthCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(report, "report");
    }
}
