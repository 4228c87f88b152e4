package ee.hoolekanne.usecase.substitutecare;

import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.Project;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.supportperson.ProviderDirectory;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.substitutecare.*;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.usecase.Action;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.CaseRunner;
import ee.hoolekanne.usecase.ObligationSource;
import io.vavr.control.Either;

import java.util.List;
import java.util.Objects;

/**
 * The substitute-care support services (AHT-1 .. AHT-8) through their use cases and the
 * {@link CaseRunner}: what carer families use (sessions with their region's provider, AHT-4 and
 * AHT-5; mentors, AHT-6), counselling and thematic groups (AHT-7), and substitute homes' internal
 * evaluations (AHT-8), whose next one is an open obligation.
 */
public final class SubstituteCareService implements RegisterCarerFamilyUseCase, BookPsychologicalSessionUseCase, AssignMentorUseCase,
        OpenCounsellingGroupUseCase, JoinGroupUseCase, HoldGroupMeetingUseCase, RegisterSubstituteHomeUseCase,
        RecordHomeEvaluationUseCase, ObligationSource {

    static final Action REGISTER_FAMILY = new Action("register a carer family", Rule.AHT_2);
    static final Action BOOK_SESSION = new Action("book a psychological counselling session", Rule.AHT_5);
    static final Action ASSIGN_MENTOR = new Action("assign a mentor", Rule.AHT_6);
    static final Action OPEN_GROUP = new Action("open a group", Rule.AHT_7);
    static final Action JOIN_GROUP = new Action("join a group", Rule.AHT_7);
    static final Action HOLD_MEETING = new Action("hold a group meeting", Rule.AHT_7);
    static final Action REGISTER_HOME = new Action("register a substitute home", Rule.AHT_8);
    static final Action RECORD_HOME_EVALUATION = new Action("record an internal evaluation", Rule.AHT_8);

    private final CaseRunner<FamilyServices, SubstituteCareSchedule, SupportServiceError> families;
    private final CaseRunner<CounsellingGroup, SubstituteCareSchedule, SupportServiceError> groups;
    private final CaseRunner<SubstituteHome, SubstituteCareSchedule, SupportServiceError> homes;
    private final ProviderDirectory providers;
    private final SubstituteCareSchedule schedule;
    private final Project project;

    /**
     * The service over the three repositories and the ports every service runs on, with the
     * regional providers (AHT-4), the calendar and rules, and the funding project (AHT-1).
     */
    public SubstituteCareService(FamilyServicesRepository families, CounsellingGroupRepository groups, SubstituteHomeRepository homes,
                                 CasePorts kernel, ProviderDirectory providers, SubstituteCareSchedule schedule, Project project) {
        this.families = new CaseRunner<>(CaseKind.FAMILY_SERVICES, families, schedule, kernel);
        this.groups = new CaseRunner<>(CaseKind.COUNSELLING_GROUP, groups, schedule, kernel);
        this.homes = new CaseRunner<>(CaseKind.SUBSTITUTE_HOME, homes, schedule, kernel);
        this.providers = Objects.requireNonNull(providers, "providers");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.project = Objects.requireNonNull(project, "project");
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, FamilyServices> registerCarerFamily(RegisterCarerFamilyCommand c) {
        return families.open(REGISTER_FAMILY, c.caseId(), () -> Either.right(FamilyServices.of(c.caseId(), c.kind(), c.county())));
    }

    /** AHT-4, AHT-5: a session with the provider contracted for the family's region on the day. */
    @Override
    public Either<CaseFailure<SupportServiceError>, FamilyServices> bookPsychologicalSession(BookPsychologicalSessionCommand c) {
        return families.change(BOOK_SESSION, c.caseId(), FamilyServices.class,
                f -> f.bookPsychologicalSession(c.on(), providers, project, schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, FamilyServices> assignMentor(AssignMentorCommand c) {
        return families.change(ASSIGN_MENTOR, c.caseId(), FamilyServices.class, f -> f.assignMentor(c.mentor(), c.on(), project));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, CounsellingGroup> openCounsellingGroup(OpenCounsellingGroupCommand c) {
        return groups.open(OPEN_GROUP, c.caseId(), () -> Either.right(c.thematic()
                ? CounsellingGroup.thematic(c.caseId(), schedule.rules()) : CounsellingGroup.counselling(c.caseId(), schedule.rules())));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, CounsellingGroup> joinGroup(JoinGroupCommand c) {
        return groups.change(JOIN_GROUP, c.caseId(), CounsellingGroup.class, g -> g.join(c.people(), c.on(), project));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, CounsellingGroup> holdGroupMeeting(HoldGroupMeetingCommand c) {
        return groups.change(HOLD_MEETING, c.caseId(), CounsellingGroup.class, g -> g.holdMeeting(c.on(), c.academicHours(), project));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, SubstituteHome> registerSubstituteHome(RegisterSubstituteHomeCommand c) {
        return homes.open(REGISTER_HOME, c.caseId(), () -> Either.right(new SubstituteHome(c.caseId(), List.of(c.firstEvaluation()))));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, SubstituteHome> recordHomeEvaluation(RecordHomeEvaluationCommand c) {
        return homes.change(RECORD_HOME_EVALUATION, c.caseId(), SubstituteHome.class, h -> h.evaluated(c.on()));
    }

    @Override
    public Either<RepositoryError, Integer> recomputeObligations() {
        return ObligationSource.recomputeAll(List.of(families, groups, homes));
    }
}
