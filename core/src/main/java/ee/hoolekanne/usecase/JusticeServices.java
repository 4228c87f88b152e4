package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.justice.JusticeRules;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.AdmitReleasedPrisonerCommand;
import ee.hoolekanne.port.in.AdmitReleasedPrisonerUseCase;
import ee.hoolekanne.port.in.AssignVolunteerCommand;
import ee.hoolekanne.port.in.AssignVolunteerUseCase;
import ee.hoolekanne.port.in.DrawUpStayActionPlanCommand;
import ee.hoolekanne.port.in.DrawUpStayActionPlanUseCase;
import ee.hoolekanne.port.in.EndPrisonerSupportCommand;
import ee.hoolekanne.port.in.EndPrisonerSupportUseCase;
import ee.hoolekanne.port.in.ExtendStayCommand;
import ee.hoolekanne.port.in.ExtendStayUseCase;
import ee.hoolekanne.port.in.LeaveAccommodationCommand;
import ee.hoolekanne.port.in.LeaveAccommodationUseCase;
import ee.hoolekanne.port.in.RecordContactCommand;
import ee.hoolekanne.port.in.RecordContactUseCase;
import ee.hoolekanne.port.in.RecordReleaseCommand;
import ee.hoolekanne.port.in.RecordReleaseUseCase;
import ee.hoolekanne.port.in.RequestPrisonerSupportCommand;
import ee.hoolekanne.port.in.RequestPrisonerSupportUseCase;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * The Ministry of Justice's services for prisoners and released prisoners (JUS-1 .. JUS-7) through
 * their use cases: each command loads the case, asks its state for the transition and saves it
 * under its version; see {@link ProtectionReferralService} for the guarantees.
 */
public final class JusticeServices {

    private JusticeServices() {
    }

    /** A prisoner's support person, from the request before release to the end (JUS-1, JUS-2). */
    public static final class PrisonerSupportService implements RequestPrisonerSupportUseCase, AssignVolunteerUseCase,
            RecordContactUseCase, RecordReleaseUseCase, EndPrisonerSupportUseCase {

        private final SupportCases<CaseId, PrisonerSupport, SupportServiceError> cases;
        private final JusticeRules rules;

        /** The service over {@code cases} under {@code rules} (e.g. {@link JusticeRules#ministryOfJustice()}). */
        public PrisonerSupportService(PrisonerSupportRepository cases, JusticeRules rules) {
            this.cases = SupportCases.byCaseId(Objects.requireNonNull(cases, "cases"), PrisonerSupportService::stateOf, "prisoner support case",
                    SupportCases.SUPPORT);
            this.rules = Objects.requireNonNull(rules, "rules");
        }

        private static String stateOf(PrisonerSupport p) {
            return switch (p) {
                case PrisonerSupport.Requested r -> "Requested";
                case PrisonerSupport.Supporting s -> "Supporting";
                case PrisonerSupport.Ended e -> "Ended";
            };
        }

        @Override
        public Either<SupportServiceError, PrisonerSupport> request(RequestPrisonerSupportCommand c) {
            return cases.open(c.id(), Either.right(PrisonerSupport.request(c.id(), c.prisoner(), c.releaseDate(), c.requestedOn(), rules)));
        }

        @Override
        public Either<SupportServiceError, PrisonerSupport> assign(AssignVolunteerCommand c) {
            return cases.change(c.id(), "assign a volunteer to", p -> p instanceof PrisonerSupport.Requested requested
                    ? requested.assign(c.person(), c.partners(), c.on(), rules) : null);
        }

        @Override
        public Either<SupportServiceError, PrisonerSupport> recordContact(RecordContactCommand c) {
            return cases.change(c.id(), "record a contact in", p -> p instanceof PrisonerSupport.Supporting supporting
                    ? supporting.recordContact(c.contact()) : null);
        }

        @Override
        public Either<SupportServiceError, PrisonerSupport> release(RecordReleaseCommand c) {
            return cases.change(c.id(), "record the release in", p -> p instanceof PrisonerSupport.Supporting supporting
                    ? supporting.release(c.on()) : null);
        }

        @Override
        public Either<SupportServiceError, PrisonerSupport> end(EndPrisonerSupportCommand c) {
            return cases.change(c.id(), "end", p -> p instanceof PrisonerSupport.Supporting supporting
                    ? Either.right(supporting.end(c.on(), c.reason())) : null);
        }
    }

    /** Accommodation for released prisoners, from admission to leaving (JUS-3 .. JUS-7). */
    public static final class AccommodationService implements AdmitReleasedPrisonerUseCase, DrawUpStayActionPlanUseCase,
            ExtendStayUseCase, LeaveAccommodationUseCase {

        private final SupportCases<CaseId, ReleasedAccommodation, SupportServiceError> stays;
        private final JusticeRules rules;

        /** The service over {@code stays} under {@code rules}. */
        public AccommodationService(ReleasedAccommodationRepository stays, JusticeRules rules) {
            this.stays = SupportCases.byCaseId(Objects.requireNonNull(stays, "stays"),
                    a -> a instanceof ReleasedAccommodation.Staying ? "Staying" : "Left", "accommodation stay", SupportCases.SUPPORT);
            this.rules = Objects.requireNonNull(rules, "rules");
        }

        @Override
        public Either<SupportServiceError, ReleasedAccommodation> admit(AdmitReleasedPrisonerCommand c) {
            return stays.open(c.id(), ReleasedAccommodation.admit(c.id(), c.person(), c.need(), c.releasedOn(), c.provider(), c.unit(),
                    c.activities(), c.admittedOn(), rules));
        }

        @Override
        public Either<SupportServiceError, ReleasedAccommodation> drawUpActionPlan(DrawUpStayActionPlanCommand c) {
            return stays.change(c.id(), "draw up the action plan of", a -> a instanceof ReleasedAccommodation.Staying staying
                    ? staying.drawUpActionPlan(c.draft(), c.aimsAtPermanentJob(), c.aimsAtPermanentDwelling(), c.helpedBy()) : null);
        }

        @Override
        public Either<SupportServiceError, ReleasedAccommodation> extend(ExtendStayCommand c) {
            return stays.change(c.id(), "extend", a -> a instanceof ReleasedAccommodation.Staying staying ? staying.extend(c.decision()) : null);
        }

        @Override
        public Either<SupportServiceError, ReleasedAccommodation> leave(LeaveAccommodationCommand c) {
            return stays.change(c.id(), "leave", a -> a instanceof ReleasedAccommodation.Staying staying ? staying.leave(c.on(), c.reason()) : null);
        }
    }
}
