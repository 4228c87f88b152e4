package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.ResocializationForm;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Applies for the resocialization service in Tallinn at a district government (RES-6, RES-7,
 * RES-9). The service asks the population register for the district of the applicant's
 * registered residence: it must be the district the application is filed at.
 *
 * @param caseId             the new case
 * @param form               the application
 * @param districtGovernment where it is filed, e.g. {@code Lasnamäe}
 * @param identity           the identity document checked, if any
 * @param on                 the day
 */
public record SubmitApplicationCommand(CaseId caseId, ResocializationForm form, String districtGovernment,
                                       Option<IdentityDocument> identity, LocalDate on) {
    /** Every part is required. */
    public SubmitApplicationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(districtGovernment, "districtGovernment");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(on, "on");
    }
}
