package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.Project;
import ee.hoolekanne.domain.substitutecare.SubstituteCareRules;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.AssignMentorCommand;
import ee.hoolekanne.port.in.AssignMentorUseCase;
import ee.hoolekanne.port.in.BookPsychologicalSessionCommand;
import ee.hoolekanne.port.in.BookPsychologicalSessionUseCase;
import ee.hoolekanne.port.in.HoldGroupMeetingCommand;
import ee.hoolekanne.port.in.HoldGroupMeetingUseCase;
import ee.hoolekanne.port.in.JoinGroupCommand;
import ee.hoolekanne.port.in.JoinGroupUseCase;
import ee.hoolekanne.port.in.OpenCounsellingGroupCommand;
import ee.hoolekanne.port.in.OpenCounsellingGroupUseCase;
import ee.hoolekanne.port.in.RecordHomeEvaluationCommand;
import ee.hoolekanne.port.in.RecordHomeEvaluationUseCase;
import ee.hoolekanne.port.in.RegisterCarerFamilyCommand;
import ee.hoolekanne.port.in.RegisterCarerFamilyUseCase;
import ee.hoolekanne.port.in.RegisterSubstituteHomeCommand;
import ee.hoolekanne.port.in.RegisterSubstituteHomeUseCase;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import io.vavr.control.Either;

import java.util.List;
import java.util.Objects;

/**
 * The substitute-care support services (AHT-5 .. AHT-8) through their use cases: what carer
 * families use (sessions, mentors), counselling and thematic groups, and substitute homes'
 * evaluations; each command loads the record, asks it for the change and saves it under its
 * version (see {@link ProtectionReferralService} for the guarantees).
 */
public final class SubstituteCareService implements RegisterCarerFamilyUseCase, BookPsychologicalSessionUseCase, AssignMentorUseCase,
        OpenCounsellingGroupUseCase, JoinGroupUseCase, HoldGroupMeetingUseCase, RegisterSubstituteHomeUseCase, RecordHomeEvaluationUseCase {

    private final SupportCases<String, FamilyServices, SupportServiceError> families;
    private final SupportCases<String, CounsellingGroup, SupportServiceError> groups;
    private final SupportCases<CaseId, SubstituteHome, SupportServiceError> homes;
    private final SubstituteCareRules rules;
    private final Project project;

    /** The service over the three repositories, under {@code rules} and the funding {@code project}. */
    public SubstituteCareService(FamilyServicesRepository families, CounsellingGroupRepository groups, SubstituteHomeRepository homes,
                                 SubstituteCareRules rules, Project project) {
        this.families = new SupportCases<>(Objects.requireNonNull(families, "families"), CaseId::new, f -> "a family record",
                "family", SupportCases.SUPPORT);
        this.groups = new SupportCases<>(Objects.requireNonNull(groups, "groups"), CaseId::new, g -> g.type().name(), "group",
                SupportCases.SUPPORT);
        this.homes = SupportCases.byCaseId(Objects.requireNonNull(homes, "homes"), h -> "a home", "substitute home", SupportCases.SUPPORT);
        this.rules = Objects.requireNonNull(rules, "rules");
        this.project = Objects.requireNonNull(project, "project");
    }

    @Override
    public Either<SupportServiceError, FamilyServices> register(RegisterCarerFamilyCommand c) {
        return families.open(c.familyId(), Either.right(FamilyServices.of(c.familyId(), c.kind(), c.county())));
    }

    @Override
    public Either<SupportServiceError, FamilyServices> bookSession(BookPsychologicalSessionCommand c) {
        return families.change(c.familyId(), "book a session for", f -> f.bookPsychologicalSession(c.on(), project, rules));
    }

    @Override
    public Either<SupportServiceError, FamilyServices> assignMentor(AssignMentorCommand c) {
        return families.change(c.familyId(), "assign a mentor to", f -> f.assignMentor(c.mentor(), c.on(), project));
    }

    @Override
    public Either<SupportServiceError, CounsellingGroup> open(OpenCounsellingGroupCommand c) {
        return groups.open(c.groupId(), Either.right(c.thematic() ? CounsellingGroup.thematic(c.groupId(), rules)
                : CounsellingGroup.counselling(c.groupId(), rules)));
    }

    @Override
    public Either<SupportServiceError, CounsellingGroup> join(JoinGroupCommand c) {
        return groups.change(c.groupId(), "join", g -> g.join(c.participant(), c.on(), project));
    }

    @Override
    public Either<SupportServiceError, CounsellingGroup> holdMeeting(HoldGroupMeetingCommand c) {
        return groups.change(c.groupId(), "hold a meeting of", g -> g.holdMeeting(c.on(), c.academicHours(), project));
    }

    @Override
    public Either<SupportServiceError, SubstituteHome> register(RegisterSubstituteHomeCommand c) {
        return homes.open(c.id(), Either.right(new SubstituteHome(c.id(), List.of(c.firstEvaluation()))));
    }

    @Override
    public Either<SupportServiceError, SubstituteHome> recordEvaluation(RecordHomeEvaluationCommand c) {
        return homes.change(c.id(), "record an evaluation of", h -> h.evaluated(c.on()));
    }
}
