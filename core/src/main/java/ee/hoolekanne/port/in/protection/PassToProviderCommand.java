package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.ProviderId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Passes a referral to the service provider (RVK-5): the provider's receipt starts the 5
 * working days for assigning a support person.
 *
 * @param caseId     the case
 * @param provider   the provider
 * @param receivedOn when the provider received it
 */
public record PassToProviderCommand(CaseId caseId, ProviderId provider, LocalDate receivedOn) {
    /** Every part is required. */
    public PassToProviderCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(receivedOn, "receivedOn");
    }
}
