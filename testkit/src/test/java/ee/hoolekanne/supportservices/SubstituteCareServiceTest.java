package ee.hoolekanne.supportservices;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.CarerKind;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.AssignMentorCommand;
import ee.hoolekanne.port.in.BookPsychologicalSessionCommand;
import ee.hoolekanne.port.in.HoldGroupMeetingCommand;
import ee.hoolekanne.port.in.JoinGroupCommand;
import ee.hoolekanne.port.in.OpenCounsellingGroupCommand;
import ee.hoolekanne.port.in.RecordHomeEvaluationCommand;
import ee.hoolekanne.port.in.RegisterCarerFamilyCommand;
import ee.hoolekanne.port.in.RegisterSubstituteHomeCommand;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemorySupportServices;
import ee.hoolekanne.usecase.SubstituteCareService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The substitute-care support services through their use cases, on the in-memory repositories. */
class SubstituteCareServiceTest {

    private final InMemorySupportServices.Families families = new InMemorySupportServices.Families();
    private final InMemorySupportServices.Groups groups = new InMemorySupportServices.Groups();
    private final InMemorySupportServices.Homes homes = new InMemorySupportServices.Homes();
    private final SubstituteCareService service = new SubstituteCareService(families, groups, homes, SupportServicesCases.CARE,
            SupportServicesCases.PROJECT);

    @Test
    @DisplayName("AHT-5, AHT-6: a family's sessions up to its quota, a fourth refused without a write, and a mentor")
    void familySessionsAndMentor() {
        service.register(new RegisterCarerFamilyCommand("family-1", CarerKind.FOSTER, County.TARTU)).get();
        for (int month = 3; month <= 5; month++) {
            service.bookSession(new BookPsychologicalSessionCommand("family-1", LocalDate.of(2018, month, 5))).get();
        }
        FamilyServices three = families.load("family-1").get().get().value();
        assertInstanceOf(SupportServiceError.QuotaExceeded.class,
                service.bookSession(new BookPsychologicalSessionCommand("family-1", LocalDate.of(2018, 6, 5))).getLeft());
        assertEquals(three, families.load("family-1").get().get().value());
        service.assignMentor(new AssignMentorCommand("family-1", SupportServicesCases.mentor(), LocalDate.of(2018, 6, 1))).get();
        assertEquals(5, families.load("family-1").get().get().version());
        assertInstanceOf(SupportServiceError.CaseNotFound.class,
                service.bookSession(new BookPsychologicalSessionCommand("no-such-family", LocalDate.of(2018, 6, 5))).getLeft());
    }

    @Test
    @DisplayName("AHT-7, AHT-8: a counselling group fills and meets; a substitute home records its evaluations")
    void groupsAndHomes() {
        service.open(new OpenCounsellingGroupCommand("group-1", false)).get();
        for (int i = 1; i <= 6; i++) {
            service.join(new JoinGroupCommand("group-1", "family-" + i, LocalDate.of(2019, 1, 10))).get();
        }
        assertEquals(List.of(LocalDate.of(2019, 2, 7)), service.holdMeeting(new HoldGroupMeetingCommand("group-1", LocalDate.of(2019, 2, 7), 4))
                .get().meetings().stream().map(m -> m.on()).toList());
        CaseId home = new CaseId("home-1");
        service.register(new RegisterSubstituteHomeCommand(home, LocalDate.of(2016, 9, 1))).get();
        assertEquals(2, service.recordEvaluation(new RecordHomeEvaluationCommand(home, LocalDate.of(2019, 8, 20))).get().evaluations().size());
        assertInstanceOf(SupportServiceError.CaseExists.class, service.register(new RegisterSubstituteHomeCommand(home, LocalDate.of(2016, 9, 1)))
                .getLeft());
    }
}
