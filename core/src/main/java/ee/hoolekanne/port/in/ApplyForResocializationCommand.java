package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.ResocializationForm;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Applies for the resocialization service in Tallinn at the district government (RES-6, RES-7,
 * RES-9).
 *
 * @param id the new case
 * @param form the application
 * @param districtGovernment where it is filed
 * @param registeredDistrict the district of the applicant's registered residence, if known
 * @param identity the identity document checked, if any
 * @param on the day
 */
public record ApplyForResocializationCommand(CaseId id, ResocializationForm form, String districtGovernment,
                                             Option<String> registeredDistrict, Option<IdentityDocument> identity,
                                             LocalDate on) {
    /** Every part is required. */
    public ApplyForResocializationCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(districtGovernment, "districtGovernment");
        Objects.requireNonNull(registeredDistrict, "registeredDistrict");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(on, "on");
    }
}
