package ee.hoolekanne.examples;

import ee.hoolekanne.adapter.json.DocumentType;
import ee.hoolekanne.adapter.json.HoolekanneJson;
import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.DeliveryMethod;
import ee.hoolekanne.domain.decision.Hearing;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.letter.CaseLetters;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.ApplicationForm;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.socialhousing.ShelterProvider;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.text.Texts;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.DeliverNotificationsCommand;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.port.in.socialhousing.AssessApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.ChargeFeeCommand;
import ee.hoolekanne.port.in.socialhousing.DecideApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.DeliverDecisionCommand;
import ee.hoolekanne.port.in.socialhousing.LeaveUnprocessedCommand;
import ee.hoolekanne.port.in.socialhousing.SetRemedyTermCommand;
import ee.hoolekanne.port.in.socialhousing.SignContractCommand;
import ee.hoolekanne.port.in.socialhousing.StartUseCommand;
import ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand;
import ee.hoolekanne.port.out.Addressee;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.h2.jdbcx.JdbcDataSource;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;

/**
 * Tartu social housing, one person from application to a running service, through the use cases
 * of {@code usecase.socialhousing} and the JDBC adapter on an embedded H2 database (see
 * {@link Municipality}): each step, and the deadlines the caseworker's morning list shows, read
 * from the open obligations each command stored with its case.
 */
final class SocialHousingStory {

    private SocialHousingStory() {
    }

    static void run(PrintStream out, Municipality town) {
        SocialHousingService service = town.socialHousing;
        PersonalCode applicant = PersonalCode.of(LocalDate.of(1961, 1, 20), Sex.MALE, 52);
        town.register.register(applicant, LocalDate.of(2010, 1, 1), "Tartu linn");
        HousingStock stock = HousingStock.empty("tartu-shelter")
                .withUnit(HousingUnit.bedPlace("bed-1", "Tartu Shelter, Pikk 1", "room 1")).getOrElseThrow(e -> new IllegalStateException(e.message()));
        town.jdbc.housingStocks().save("tartu-shelter", stock, 0);
        CaseId id = new CaseId("2025-SH-101");
        // HMS-4: the committee is the body regulation no 86 names; the decision records who signed it
        DecisionMaker committee = new DecisionMaker("Tartu Linnavalitsus", ProcedureRules.TARTU_COMMITTEE, "Kati Kask");

        step(out, "2025-12-15 application submitted (TSM-6)", service.submitApplication(new SubmitApplicationCommand(id,
                ExampleData.socialHousingApplication(Household.single(applicant)), LocalDate.of(2025, 12, 15))));
        morningList(out, town, LocalDate.of(2025, 12, 15));
        step(out, "2025-12-17 specialist's assessment (TSM-7)", service.assessApplication(
                new AssessApplicationCommand(id, ExampleData.assessment(LocalDate.of(2025, 12, 17)))));
        step(out, "2025-12-19 committee grants bed-1 until 2026-06-30 (TSM-9)", service.decideApplication(new DecideApplicationCommand(
                id, new DecisionId("K-2025-77"), committee, LocalDate.of(2025, 12, 19),
                new Outcome.Grant(new UnitId("bed-1"), LocalDate.of(2026, 6, 30)), Reasons.of(
                        "The applicant has lived in Tartu since 2010 and has no dwelling (population register, 2025-12-17).",
                        "The specialist's assessment of 2025-12-17 found that he needs a bed place and support to cope."))));
        morningList(out, town, LocalDate.of(2025, 12, 19));
        town.relay.deliverNotifications(new DeliverNotificationsCommand(10)).forEach(run -> out.println("    the relay sent "
                + run.delivered() + " notification(s) from the outbox, written with the decision: "
                + town.notifier.sent().stream().map(Notification::key).toList()));
        Either<CaseFailure<SocialHousingError>, Application> delivered = service.deliverDecision(new DeliverDecisionCommand(id,
                new Delivery(DeliveryMethod.IN_PERSON, LocalDate.of(2025, 12, 22).atTime(10, 0).atZone(Delivery.TALLINN).toInstant())));
        step(out, "2025-12-22 decision delivered in person (HMS-6: the terms to sign and to challenge run from today)", delivered);
        // HMS-3: the decision's letter, in Estonian: operative part, reasons, legal basis, the deadlines, how to challenge
        delivered.forEach(app -> town.writeLetters(out, CaseLetters.of(app, SocialHousingSchedule.tartu(), Option.none()), PEETER_TO,
                Texts.ESTONIAN));
        step(out, "2026-01-05 contract signed with the Shelter (TSM-12)", service.signContract(new SignContractCommand(id,
                new ServiceContract("V-2026-1", ShelterProvider.VARJUPAIK, List.of(applicant), LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30)))));
        step(out, "2026-01-07 moves in (TSM-14)", service.startUse(new StartUseCommand(id, LocalDate.of(2026, 1, 7))));
        Either<CaseFailure<SocialHousingError>, Application> charged = service.chargeFee(new ChargeFeeCommand(id, YearMonth.of(2026, 1)));
        step(out, "2026-01-31 January fee charged (TSM-4)", charged);
        charged.forEach(app -> {
            if (app instanceof Application.InService running) {
                running.charges().forEach(c -> out.println("    " + c.month() + " " + c.amount() + ": " + c.explanation()));
            }
            out.println("    the case as a JSON document, redacted for the log (adapters-json, DocumentType.SOCIAL_HOUSING_CASE):");
            out.println("      " + HoolekanneJson.standard().redacting().encode(DocumentType.SOCIAL_HOUSING_CASE, app));
        });
        morningList(out, town, LocalDate.of(2026, 2, 2));
        incompleteApplication(out, town);
        town.jdbc.subjectAccess().everythingAbout(applicant).forEach(report -> out.println("    subject access (TSM-18): " + report
                + ", exported as one personal-data-report document of "
                + HoolekanneJson.standard().encode(DocumentType.PERSONAL_DATA_REPORT, report).length() + " characters"));
        out.println("    the same list as a JSON document (adapters-json, DocumentType.DEADLINE_WATCH):");
        out.println("      " + HoolekanneJson.standard().encode(DocumentType.DEADLINE_WATCH,
                town.deadlineWatch.queryDeadlines(new QueryDeadlinesCommand(LocalDate.of(2026, 2, 2), 10)).getOrElse(List.of())));
    }

    /** The addressee of the Tartu story's letters, as the population register would give them (invented). */
    static final Addressee PEETER_TO = new Addressee("Jaan Tamm", List.of("Tartu Varjupaik", "Pikk 1", "50603 Tartu"));

    /**
     * HMS-1: an incomplete application gets a term to remedy it, on the morning list; the
     * applicant does not answer, and after the term the specialist leaves it unprocessed, by a
     * decision with its facts and the reason no hearing was held. Both letters, in Estonian.
     */
    private static void incompleteApplication(PrintStream out, Municipality town) {
        SocialHousingService service = town.socialHousing;
        PersonalCode applicant = PersonalCode.of(LocalDate.of(1975, 5, 5), Sex.FEMALE, 31);
        town.register.register(applicant, LocalDate.of(2012, 1, 1), "Tartu linn");
        CaseId id = new CaseId("2026-SH-7");
        ApplicationForm incomplete = new ApplicationForm(Household.single(applicant), Option.some("+372 5555 0000"), Option.none(),
                Option.some("Tartu, Annelinn"), Option.none(), Option.none(), Option.some("copes with help"), false, false, List.of());
        step(out, "2026-01-12 an incomplete application (TSM-6)", service.submitApplication(new SubmitApplicationCommand(id, incomplete,
                LocalDate.of(2026, 1, 12))));
        Addressee to = new Addressee("Maie Kask", List.of("Annelinn", "50000 Tartu"));
        Either<CaseFailure<SocialHousingError>, Application> asked = service.setRemedyTerm(new SetRemedyTermCommand(id,
                Term.workingDays(10), LocalDate.of(2026, 1, 13)));
        step(out, "2026-01-13 ten working days to remedy it (HMS-1)", asked);
        asked.forEach(app -> town.writeLetters(out, CaseLetters.of(app, SocialHousingSchedule.tartu(), Option.none()), to, Texts.ESTONIAN));
        morningList(out, town, LocalDate.of(2026, 1, 20));
        DecisionMaker specialist = new DecisionMaker("Tartu Linnavalitsus", ProcedureRules.TARTU_SPECIALIST, "Mari Mets");
        Either<CaseFailure<SocialHousingError>, Application> left = service.leaveUnprocessed(new LeaveUnprocessedCommand(id,
                new DecisionId("J-2026-7"), specialist, LocalDate.of(2026, 1, 28), Reasons.of(
                "The support network, income and assets (regulation no 86 § 6(2) 2) and 4)) were not given by 27.01.2026.")
                .heard(new Hearing.NotHeld("HMS § 40(3) 6)", "the applicant did not answer the request of 13.01.2026"))));
        step(out, "2026-01-28 left unprocessed after the term (HMS-1, HMS-2, HMS-5)", left);
        left.forEach(app -> town.writeLetters(out, CaseLetters.of(app, SocialHousingSchedule.tartu(), Option.none()), to, Texts.ESTONIAN));
    }

    /** A fresh H2 database in a file under the temp directory. */
    static DataSource h2File(PrintStream out) {
        try {
            Path dir = Files.createTempDirectory("hoolekanne-examples");
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + dir.resolve("hoolekanne").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
            out.println("  (database: H2 file in " + dir + ")");
            return ds;
        } catch (IOException e) {
            throw new UncheckedIOException("no temp directory for the example database", e);
        }
    }

    private static void step(PrintStream out, String what, Either<CaseFailure<SocialHousingError>, Application> result) {
        out.println("  " + what + " -> " + result.fold(e -> "REFUSED: " + e.message(), Application::state));
    }

    /** The caseworker's morning list on {@code on}: every service's obligations due within 10 working days, overdue included. */
    static void morningList(PrintStream out, Municipality town, LocalDate on) {
        out.println("    caseworker's list on " + on + " (due within 10 working days):");
        List<Obligation> due = town.deadlineWatch.queryDeadlines(new QueryDeadlinesCommand(on, 10)).getOrElse(List.of());
        for (Obligation o : due) {
            out.println("      " + o.caseId() + ": " + o.what() + " by " + o.deadline().dueDate() + " ("
                    + o.deadline().legalBasis().map(b -> b.ruleId()).getOrElse("") + skipped(o.deadline()) + ")");
        }
        if (due.isEmpty()) {
            out.println("      nothing due");
        }
    }

    /** The public holidays a deadline skipped, e.g. {@code "; skips Christmas Eve, Christmas Day"}; empty when none. */
    static String skipped(Deadline deadline) {
        List<String> holidays = deadline.skippedDays().stream().flatMap(d -> d.holiday().toJavaStream())
                .map(h -> h.date() + " " + h.englishName()).toList();
        return holidays.isEmpty() ? "" : "; skips " + String.join(", ", holidays);
    }
}
