package ee.hoolekanne.usecase.protection;

import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.protection.*;
import ee.hoolekanne.port.in.protection.RecordDeliveryCommand;
import ee.hoolekanne.port.in.protection.RecordDeliveryUseCase;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.usecase.Action;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.CaseRunner;
import ee.hoolekanne.usecase.ObligationSource;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * The support-person service for people with international or temporary protection (RVK-1 ..
 * RVK-10), from the local government's referral to its end, through the {@link CaseRunner}: each
 * command loads the referral, asks its state for the transition (which checks the rules and
 * deadlines), saves it under its version, records the use of the data and replaces the referral's
 * open obligations (the assignment, RVK-5; information requests, RVK-6; the maximum length, RVK-4),
 * in one transaction.
 */
public final class ProtectionService implements RecordDeliveryUseCase, ReferForSupportPersonUseCase, PassToProviderUseCase, AssignSupportPersonUseCase,
        ContactCaseManagerUseCase, HoldThreePartyMeetingUseCase, ReceiveInfoRequestUseCase, AnswerInfoRequestUseCase,
        NotifyChangeUseCase, SubmitReportUseCase, RecordEvaluationUseCase, EndReferralUseCase, ExpireReferralUseCase,
        ObligationSource {

    static final Action RECORD_DELIVERY = new Action("record the delivery of a decision", Rule.HMS_6);
    static final Action REFER = new Action("refer for a support person", Rule.RVK_5);
    static final Action PASS_TO_PROVIDER = new Action("pass the referral to the provider", Rule.RVK_5);
    static final Action ASSIGN = new Action("assign a support person", Rule.RVK_5);
    static final Action CONTACT_CASE_MANAGER = new Action("contact the case manager", Rule.RVK_5);
    static final Action HOLD_MEETING = new Action("hold the three-party meeting", Rule.RVK_5);
    static final Action RECEIVE_INFO_REQUEST = new Action("receive an information request", Rule.RVK_6);
    static final Action ANSWER_INFO_REQUEST = new Action("answer an information request", Rule.RVK_6);
    static final Action NOTIFY_CHANGE = new Action("notify a change", Rule.RVK_7);
    static final Action SUBMIT_REPORT = new Action("submit a report", Rule.RVK_8);
    static final Action RECORD_EVALUATION = new Action("record an interim evaluation", Rule.RVK_8);
    static final Action END = new Action("end the referral", Rule.RVK_9);
    static final Action EXPIRE = new Action("end the referral at its maximum length", Rule.RVK_4);

    private final CaseRunner<ProtectionReferral, ProtectionSchedule, SupportServiceError> referrals;
    private final ProtectionSchedule schedule;

    /** The service over {@code referrals} and the ports every service runs on, under {@code schedule}. */
    public ProtectionService(ProtectionReferralRepository referrals, CasePorts kernel, ProtectionSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.referrals = new CaseRunner<>(CaseKind.PROTECTION_REFERRAL, referrals, schedule, kernel);
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> referForSupportPerson(ReferForSupportPersonCommand c) {
        return referrals.open(REFER, c.caseId(), () -> CaseRunner.refused(CaseRunner.<SupportServiceError>lawful(c.decision(),
                        schedule.procedureOn(c.decision().madeOn()), SupportServiceError.DefectiveDecision::new, SupportServiceError.NoProcedure::new)
                .flatMap(decision -> ProtectionReferral.refer(c.caseId(), c.client(), c.protection(), c.livesInEstonia(), c.need(),
                        decision, c.language(), schedule.rules()))));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> passToProvider(PassToProviderCommand c) {
        return referrals.change(PASS_TO_PROVIDER, c.caseId(), ProtectionReferral.Referred.class,
                r -> r.referToProvider(c.provider(), c.receivedOn(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> assignSupportPerson(AssignSupportPersonCommand c) {
        return referrals.change(ASSIGN, c.caseId(), ProtectionReferral.WithProvider.class, r -> r.assign(c.person(), c.on(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> contactCaseManager(ContactCaseManagerCommand c) {
        return referrals.change(CONTACT_CASE_MANAGER, c.caseId(), ProtectionReferral.Assigned.class,
                r -> r.contactCaseManager(c.on(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> holdThreePartyMeeting(HoldThreePartyMeetingCommand c) {
        return referrals.change(HOLD_MEETING, c.caseId(), ProtectionReferral.CaseManagerContacted.class,
                r -> r.holdMeeting(c.meeting(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> receiveInfoRequest(ReceiveInfoRequestCommand c) {
        return referrals.change(RECEIVE_INFO_REQUEST, c.caseId(), ProtectionReferral.Active.class,
                r -> r.receiveInfoRequest(c.on(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> answerInfoRequest(AnswerInfoRequestCommand c) {
        return referrals.change(ANSWER_INFO_REQUEST, c.caseId(), ProtectionReferral.Active.class,
                r -> r.answerInfoRequest(c.number(), c.on(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> notifyChange(NotifyChangeCommand c) {
        return referrals.change(NOTIFY_CHANGE, c.caseId(), ProtectionReferral.Active.class, r -> r.notifyChange(c.notice(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> submitReport(SubmitReportCommand c) {
        return referrals.change(SUBMIT_REPORT, c.caseId(), ProtectionReferral.Active.class, r -> r.report(c.report(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> recordEvaluation(RecordEvaluationCommand c) {
        return referrals.change(RECORD_EVALUATION, c.caseId(), ProtectionReferral.Active.class,
                r -> r.evaluate(c.evaluation(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> endReferral(EndReferralCommand c) {
        return referrals.change(END, c.caseId(), ProtectionReferral.Open.class,
                r -> r.end(c.reason(), c.statedReason(), c.on(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> expireReferral(ExpireReferralCommand c) {
        return referrals.change(EXPIRE, c.caseId(), ProtectionReferral.Open.class, r -> r.expire(c.today(), schedule.rules()));
    }

    @Override
    public Either<RepositoryError, Integer> recomputeObligations() {
        return referrals.recomputeObligations();
    }

    /** HMS-6: a decision's notification is recorded; the challenge terms run from its date. */
    @Override
    public Either<CaseFailure<SupportServiceError>, ProtectionReferral> recordDelivery(RecordDeliveryCommand c) {
        return referrals.change(RECORD_DELIVERY, c.caseId(), ProtectionReferral.class, x -> x.recordDelivery(c.decisionId(), c.delivery()));
    }
}
