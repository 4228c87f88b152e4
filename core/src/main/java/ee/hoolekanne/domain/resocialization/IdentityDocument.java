package ee.hoolekanne.domain.resocialization;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The document the applicant proved their identity with (RES-9).
 *
 * @param kind       e.g. ID card, passport, residence permit card
 * @param verifiedOn when it was checked
 */
public record IdentityDocument(Kind kind, LocalDate verifiedOn) {

    /** Identity documents. */
    public enum Kind {
        /** Estonian ID card. */
        ID_CARD,
        /** Passport. */
        PASSPORT,
        /** Residence permit card. */
        RESIDENCE_PERMIT_CARD
    }

    /** Both parts are required. */
    public IdentityDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verifiedOn, "verifiedOn");
    }
}
