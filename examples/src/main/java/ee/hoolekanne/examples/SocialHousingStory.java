package ee.hoolekanne.examples;

import ee.hoolekanne.adapter.json.DocumentType;
import ee.hoolekanne.adapter.json.HoolekanneJson;
import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.DeliveryMethod;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.socialhousing.ShelterProvider;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.DeliverNotificationsCommand;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.port.in.socialhousing.AssessApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.ChargeFeeCommand;
import ee.hoolekanne.port.in.socialhousing.DecideApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.DeliverDecisionCommand;
import ee.hoolekanne.port.in.socialhousing.SignContractCommand;
import ee.hoolekanne.port.in.socialhousing.StartUseCommand;
import ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import io.vavr.control.Either;
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
                SocialHousingCases.completeForm(Household.single(applicant)), LocalDate.of(2025, 12, 15))));
        morningList(out, town, LocalDate.of(2025, 12, 15));
        step(out, "2025-12-17 specialist's assessment (TSM-7)", service.assessApplication(
                new AssessApplicationCommand(id, SocialHousingCases.assessment(LocalDate.of(2025, 12, 17)))));
        step(out, "2025-12-19 committee grants bed-1 until 2026-06-30 (TSM-9)", service.decideApplication(new DecideApplicationCommand(
                id, new DecisionId("K-2025-77"), committee, LocalDate.of(2025, 12, 19),
                new Outcome.Grant(new UnitId("bed-1"), LocalDate.of(2026, 6, 30)), Reasons.of(
                        "The applicant has lived in Tartu since 2010 and has no dwelling (population register, 2025-12-17).",
                        "The specialist's assessment of 2025-12-17 found that he needs a bed place and support to cope."))));
        morningList(out, town, LocalDate.of(2025, 12, 19));
        town.relay.deliverNotifications(new DeliverNotificationsCommand(10)).forEach(run -> out.println("    the relay sent "
                + run.delivered() + " notification(s) from the outbox, written with the decision: "
                + town.notifier.sent().stream().map(Notification::key).toList()));
        step(out, "2025-12-22 decision delivered in person", service.deliverDecision(new DeliverDecisionCommand(id,
                new Delivery(DeliveryMethod.IN_PERSON, LocalDate.of(2025, 12, 22).atTime(10, 0).atZone(Delivery.TALLINN).toInstant()))));
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
        town.jdbc.subjectAccess().everythingAbout(applicant).forEach(report -> out.println("    subject access (TSM-18): " + report
                + ", exported as one personal-data-report document of "
                + HoolekanneJson.standard().encode(DocumentType.PERSONAL_DATA_REPORT, report).length() + " characters"));
        out.println("    the same list as a JSON document (adapters-json, DocumentType.DEADLINE_WATCH):");
        out.println("      " + HoolekanneJson.standard().encode(DocumentType.DEADLINE_WATCH,
                town.deadlineWatch.queryDeadlines(new QueryDeadlinesCommand(LocalDate.of(2026, 2, 2), 10)).getOrElse(List.of())));
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
