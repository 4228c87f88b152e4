package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionRules;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.AssignSupportPersonCommand;
import ee.hoolekanne.port.in.AssignSupportPersonUseCase;
import ee.hoolekanne.port.in.ContactCaseManagerCommand;
import ee.hoolekanne.port.in.ContactCaseManagerUseCase;
import ee.hoolekanne.port.in.EndReferralCommand;
import ee.hoolekanne.port.in.EndReferralUseCase;
import ee.hoolekanne.port.in.HoldThreePartyMeetingCommand;
import ee.hoolekanne.port.in.HoldThreePartyMeetingUseCase;
import ee.hoolekanne.port.in.PassReferralToProviderCommand;
import ee.hoolekanne.port.in.PassReferralToProviderUseCase;
import ee.hoolekanne.port.in.ReferForSupportPersonCommand;
import ee.hoolekanne.port.in.ReferForSupportPersonUseCase;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * The support-person service for people with international or temporary protection (RVK), from
 * the local government's referral to the end of the service: each command loads the referral,
 * asks its state for the transition (which checks the rules and deadlines) and saves it under its
 * version. A refused command, a state that cannot take it, or a concurrent change writes nothing.
 */
public final class ProtectionReferralService implements ReferForSupportPersonUseCase, PassReferralToProviderUseCase,
        AssignSupportPersonUseCase, ContactCaseManagerUseCase, HoldThreePartyMeetingUseCase, EndReferralUseCase {

    private final SupportCases<CaseId, ProtectionReferral, SupportServiceError> referrals;
    private final ProtectionRules rules;

    /** The service over {@code referrals}, under {@code rules} (e.g. {@link ProtectionRules#ska2023()}). */
    public ProtectionReferralService(ProtectionReferralRepository referrals, ProtectionRules rules) {
        this.referrals = SupportCases.byCaseId(Objects.requireNonNull(referrals, "referrals"), ProtectionReferral::state, "referral",
                SupportCases.SUPPORT);
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public Either<SupportServiceError, ProtectionReferral> refer(ReferForSupportPersonCommand c) {
        return referrals.open(c.id(), ProtectionReferral.refer(c.id(), c.client(), c.protection(), c.livesInEstonia(), c.need(),
                c.decision(), c.language(), rules));
    }

    @Override
    public Either<SupportServiceError, ProtectionReferral> passToProvider(PassReferralToProviderCommand c) {
        return referrals.change(c.id(), "pass to a provider", r -> r instanceof ProtectionReferral.Referred referred
                ? referred.referToProvider(c.provider(), c.receivedOn(), rules) : null);
    }

    @Override
    public Either<SupportServiceError, ProtectionReferral> assign(AssignSupportPersonCommand c) {
        return referrals.change(c.id(), "assign a support person to", r -> r instanceof ProtectionReferral.WithProvider withProvider
                ? withProvider.assign(c.person(), c.on(), rules) : null);
    }

    @Override
    public Either<SupportServiceError, ProtectionReferral> contactCaseManager(ContactCaseManagerCommand c) {
        return referrals.change(c.id(), "contact the case manager of", r -> r instanceof ProtectionReferral.Assigned assigned
                ? assigned.contactCaseManager(c.on(), rules) : null);
    }

    @Override
    public Either<SupportServiceError, ProtectionReferral> holdMeeting(HoldThreePartyMeetingCommand c) {
        return referrals.change(c.id(), "hold the three-party meeting of", r -> r instanceof ProtectionReferral.CaseManagerContacted contacted
                ? contacted.holdMeeting(c.meeting(), rules) : null);
    }

    @Override
    public Either<SupportServiceError, ProtectionReferral> end(EndReferralCommand c) {
        return referrals.change(c.id(), "end", r -> r instanceof ProtectionReferral.Open open
                ? open.end(c.reason(), c.statedReason(), c.on(), rules) : null);
    }
}
