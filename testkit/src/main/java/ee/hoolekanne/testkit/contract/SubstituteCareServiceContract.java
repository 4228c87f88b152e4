package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.CarerKind;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.port.in.substitutecare.*;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.substitutecare.SubstituteCareService;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static ee.hoolekanne.testkit.gen.Results.failure;
import static ee.hoolekanne.testkit.gen.Results.ok;
import static ee.hoolekanne.testkit.gen.Results.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The substitute-care support services through their use cases, on any storage adapter: a subclass
 * gives a fresh {@link Storage} for each test, and every command runs on it and is read back from
 * it.
 */
public abstract class SubstituteCareServiceContract {

    private static final CaseId FAMILY = new CaseId("family-1");

    private InMemoryAdapters memory;
    private SubstituteCareService service;

    /** A fresh, empty storage adapter: called once for each test. */
    protected abstract Storage storage();

    @BeforeEach
    void fresh() {
        memory = InMemoryAdapters.over(storage(), LocalDate.of(2018, 3, 1));
        service = memory.substituteCare(SupportServicesCases.familyProviders(),
                SubstituteCareSchedule.standard(), SupportServicesCases.PROJECT);
    }

    private FamilyServices family() {
        return memory.storage().familyServices().load(FAMILY).get().get().value();
    }

    @Test
    @DisplayName("AHT-4, AHT-5, AHT-6: a family's sessions with its region's provider up to its quota, a fourth refused without a write, and a mentor")
    void familySessionsAndMentor() {
        ok(service.registerCarerFamily(new RegisterCarerFamilyCommand(FAMILY, CarerKind.FOSTER, County.TARTU)));
        for (int month = 3; month <= 5; month++) {
            ok(service.bookPsychologicalSession(new BookPsychologicalSessionCommand(FAMILY, LocalDate.of(2018, month, 5))));
        }
        FamilyServices three = family();
        assertEquals(List.of(Option.some(new ProviderId("oma-pere"))), three.sessions().stream().map(FamilyServices.Session::provider)
                .distinct().toList(), "AHT-4: served by the provider contracted for the South region");
        assertInstanceOf(SupportServiceError.QuotaExceeded.class,
                refusal(service.bookPsychologicalSession(new BookPsychologicalSessionCommand(FAMILY, LocalDate.of(2018, 6, 5)))));
        assertEquals(three, family());
        ok(service.assignMentor(new AssignMentorCommand(FAMILY, SupportServicesCases.mentor(), LocalDate.of(2018, 6, 1))));
        assertEquals(5, memory.storage().familyServices().load(FAMILY).get().get().version());
        assertInstanceOf(CaseFailure.NotFound.class,
                failure(service.bookPsychologicalSession(new BookPsychologicalSessionCommand(new CaseId("no-such-family"), LocalDate.of(2018, 6, 5)))));
    }

    @Test
    @DisplayName("AHT-4: after the provider's contract ends (30.06.2019) no session is booked, and nothing is written")
    void noProviderAfterItsContract() {
        ok(service.registerCarerFamily(new RegisterCarerFamilyCommand(FAMILY, CarerKind.ADOPTIVE, County.PARNU)));
        ok(service.bookPsychologicalSession(new BookPsychologicalSessionCommand(FAMILY, LocalDate.of(2019, 6, 28))));
        FamilyServices before = family();
        assertInstanceOf(SupportServiceError.NoProvider.class,
                refusal(service.bookPsychologicalSession(new BookPsychologicalSessionCommand(FAMILY, LocalDate.of(2019, 7, 1)))));
        assertEquals(before, family());
    }

    @Test
    @DisplayName("AHT-7, AHT-8: a counselling group fills and meets; a substitute home records its evaluations, the next one on the morning list")
    void groupsAndHomes() {
        CaseId group = new CaseId("group-1");
        ok(service.openCounsellingGroup(new OpenCounsellingGroupCommand(group, false)));
        for (int i = 1; i <= 6; i++) {
            ok(service.joinGroup(new JoinGroupCommand(group, "family-" + i, LocalDate.of(2019, 1, 10))));
        }
        assertEquals(List.of(LocalDate.of(2019, 2, 7)), ok(service.holdGroupMeeting(new HoldGroupMeetingCommand(group, LocalDate.of(2019, 2, 7), 4)))
                .meetings().stream().map(m -> m.on()).toList());
        CaseId home = new CaseId("home-1");
        ok(service.registerSubstituteHome(new RegisterSubstituteHomeCommand(home, LocalDate.of(2016, 9, 1))));
        assertEquals(2, ok(service.recordHomeEvaluation(new RecordHomeEvaluationCommand(home, LocalDate.of(2019, 8, 20)))).evaluations().size());
        // AHT-8: the next internal evaluation within 3 years of 20 August 2019 (a Tuesday; 20 August 2022 is a Saturday): Monday 22 August 2022
        assertEquals(List.of("EVALUATE_SUBSTITUTE_HOME 2022-08-22"), ok(memory.deadlineWatch(List.of(service))
                .queryDeadlines(new QueryDeadlinesCommand(LocalDate.of(2022, 8, 22), 0))).stream()
                .map(o -> o.duty() + " " + o.deadline().dueDate()).toList());
        assertInstanceOf(CaseFailure.AlreadyExists.class,
                failure(service.registerSubstituteHome(new RegisterSubstituteHomeCommand(home, LocalDate.of(2016, 9, 1)))));
    }
}
