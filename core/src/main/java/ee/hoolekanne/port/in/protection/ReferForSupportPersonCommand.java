package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.protection.NeedAssessment;
import ee.hoolekanne.domain.protection.ProtectionStatus;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;

import java.util.Objects;

/**
 * Refers a person with international or temporary protection for a support person (RVK-1 ..
 * RVK-3): the local government's referral decision.
 *
 * @param caseId     the new case's id
 * @param client     the client and family
 * @param protection the client's protection
 * @param livesInEstonia whether the client lives in Estonia (RVK-1)
 * @param need       the need assessment
 * @param decision   the referral decision
 * @param language   the service language
 */
public record ReferForSupportPersonCommand(CaseId caseId, Household client, ProtectionStatus protection, boolean livesInEstonia,
                                           NeedAssessment need, Decision decision, ServiceLanguage language) {
    /** Every part is required. */
    public ReferForSupportPersonCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(protection, "protection");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(language, "language");
    }
}
