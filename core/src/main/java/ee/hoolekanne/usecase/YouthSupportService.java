package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.Project;
import ee.hoolekanne.domain.substitutecare.SubstituteCareRules;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.ProviderDirectory;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.AssignYouthSupportPersonCommand;
import ee.hoolekanne.port.in.AssignYouthSupportPersonUseCase;
import ee.hoolekanne.port.in.EndYouthSupportCommand;
import ee.hoolekanne.port.in.EndYouthSupportUseCase;
import ee.hoolekanne.port.in.MarkYouthSupportNeedCommand;
import ee.hoolekanne.port.in.MarkYouthSupportNeedUseCase;
import ee.hoolekanne.port.in.PassYouthToProviderCommand;
import ee.hoolekanne.port.in.PassYouthToProviderUseCase;
import ee.hoolekanne.port.in.ReportOnYouthCommand;
import ee.hoolekanne.port.in.ReportOnYouthUseCase;
import ee.hoolekanne.port.in.SignCooperationAgreementCommand;
import ee.hoolekanne.port.in.SignCooperationAgreementUseCase;
import ee.hoolekanne.port.out.YouthSupportRepository;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * Support persons for youth leaving substitute care (AHT-9 .. AHT-13), from the marked need to the
 * end of the service, each command loading the case, asking its state for the transition and
 * saving it under its version; see {@link ProtectionReferralService} for the guarantees.
 */
public final class YouthSupportService implements MarkYouthSupportNeedUseCase, PassYouthToProviderUseCase,
        AssignYouthSupportPersonUseCase, SignCooperationAgreementUseCase, ReportOnYouthUseCase, EndYouthSupportUseCase {

    private final SupportCases<CaseId, YouthSupport, SupportServiceError> cases;
    private final ProviderDirectory providers;
    private final SubstituteCareRules rules;
    private final Project project;

    /**
     * The service over {@code cases}, with the providers by county, the rules (e.g.
     * {@link SubstituteCareRules#ska2015()}) and the funding project whose period bounds the service.
     */
    public YouthSupportService(YouthSupportRepository cases, ProviderDirectory providers, SubstituteCareRules rules, Project project) {
        this.cases = SupportCases.byCaseId(Objects.requireNonNull(cases, "cases"), YouthSupport::state, "youth support case",
                SupportCases.SUPPORT);
        this.providers = Objects.requireNonNull(providers, "providers");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.project = Objects.requireNonNull(project, "project");
    }

    @Override
    public Either<SupportServiceError, YouthSupport> markNeed(MarkYouthSupportNeedCommand c) {
        return cases.open(c.id(), YouthSupport.markNeed(c.id(), c.youth(), c.situations(), c.livesIn(), c.leavingDate(), c.inAftercare(),
                c.markedOn(), project));
    }

    @Override
    public Either<SupportServiceError, YouthSupport> passToProvider(PassYouthToProviderCommand c) {
        return cases.change(c.id(), "pass to a provider", y -> y instanceof YouthSupport.NeedMarked need
                ? need.passToProvider(providers, c.on(), project) : null);
    }

    @Override
    public Either<SupportServiceError, YouthSupport> assign(AssignYouthSupportPersonCommand c) {
        return cases.change(c.id(), "assign a support person to", y -> y instanceof YouthSupport.WithProvider withProvider
                ? withProvider.assign(c.person(), c.startsOn(), rules, project) : null);
    }

    @Override
    public Either<SupportServiceError, YouthSupport> signAgreement(SignCooperationAgreementCommand c) {
        return cases.change(c.id(), "sign the cooperation agreement of", y -> y instanceof YouthSupport.Assigned assigned
                ? assigned.signAgreement(c.agreement(), project) : null);
    }

    @Override
    public Either<SupportServiceError, YouthSupport> report(ReportOnYouthCommand c) {
        return cases.change(c.id(), "report on", y -> y instanceof YouthSupport.Cooperating cooperating
                ? cooperating.report(c.report()) : null);
    }

    @Override
    public Either<SupportServiceError, YouthSupport> end(EndYouthSupportCommand c) {
        return cases.change(c.id(), "end", y -> y instanceof YouthSupport.Cooperating cooperating
                ? Either.right(cooperating.end(c.on(), c.reason())) : null);
    }
}
