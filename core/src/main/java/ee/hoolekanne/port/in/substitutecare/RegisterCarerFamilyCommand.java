package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.CarerKind;
import ee.hoolekanne.domain.supportperson.County;

import java.util.Objects;

/**
 * Registers a carer family (guardianship, foster or adoptive) for the substitute-care support
 * services (AHT-5).
 *
 * @param caseId   the family's id
 * @param kind the kind of carer
 * @param county where the family lives
 */
public record RegisterCarerFamilyCommand(CaseId caseId, CarerKind kind, County county) {
    /** Every part is required. */
    public RegisterCarerFamilyCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(county, "county");
    }
}
