package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Ends an accommodation stay after its last day (JUS-5) when it was not extended.
 *
 * @param caseId the stay
 * @param today the day the end is recorded, after the last day
 */
public record ExpireStayCommand(CaseId caseId, LocalDate today) {
    /** Every part is required. */
    public ExpireStayCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(today, "today");
    }
}
