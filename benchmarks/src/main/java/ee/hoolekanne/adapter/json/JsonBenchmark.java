package ee.hoolekanne.adapter.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.hoolekanne.domain.actionplan.ActionPlan;
import ee.hoolekanne.domain.actionplan.Activity;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.Goal;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JSON adapter's cost: an encode-and-decode round trip of a realistic social housing case (a
 * family in service: household, decision, contract, history, charges and an action plan with 10
 * goals) through {@link HoolekanneJson} ({@code roundTrip_adapter}: the domain mapped to its
 * document records, written, read back under the reader's limits and strictness, and rebuilt
 * through the domain's validating factories) against plain Jackson databind writing and reading
 * the very same document records with a default {@link ObjectMapper} ({@code roundTrip_plainJackson}),
 * in the same run. The target is at most 1.5x plain Jackson. {@code encode_*} and {@code decode_*} show
 * each half.
 *
 * <p>Lives in the adapter's package (in this module) so the baseline can use the adapter's
 * package-private document records.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonBenchmark {

    /** The case, its document records and its JSON, made once. */
    @State(Scope.Benchmark)
    public static class Case {
        final HoolekanneJson json = HoolekanneJson.standard();
        /** Jackson's defaults, but for leaving out nulls as the adapter does, so both write the same JSON. */
        final ObjectMapper plain = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        Application application;
        ApplicationDocs.ApplicationDocument document;
        String text;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            application = realisticCase();
            text = json.encode(DocumentType.SOCIAL_HOUSING_CASE, application);
            document = plain.readValue(text, ApplicationDocs.ApplicationDocument.class);
        }
    }

    /** A family's case in service whose action plan has 10 goals, each with activities and an evaluation. */
    static Application realisticCase() {
        Household family = new Household(PersonalCode.of(LocalDate.of(1988, 3, 14), Sex.FEMALE, 215),
                List.of(PersonalCode.of(LocalDate.of(1986, 11, 2), Sex.MALE, 37), PersonalCode.of(LocalDate.of(2016, 6, 1), Sex.FEMALE, 4),
                        PersonalCode.of(LocalDate.of(2019, 2, 11), Sex.MALE, 8)));
        Application.InService running = SocialHousingCases.journey(new CaseId("sh-2026-0420"), family, LocalDate.of(2026, 3, 2))
                .stream().filter(a -> a instanceof Application.InService).map(a -> (Application.InService) a)
                .reduce((first, second) -> second).orElseThrow();
        ActionPlan given = running.actionPlan().getOrElseThrow(() -> new IllegalStateException("the fixture has no action plan"));
        List<Goal> goals = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            LocalDate from = given.drawnUpOn().plusDays(i);
            goals.add(new Goal("goal-" + i, "Goal " + i + ": keep the household's budget and pay the fees on time",
                    List.of(), List.of(new Activity("weekly meeting with the social worker", from, from.plusMonths(3), "social worker"),
                    new Activity("budget course at the Tartu Family Centre", from.plusDays(7), from.plusMonths(2), "recipient")),
                    List.of(new Evaluation(Evaluation.Kind.INTERIM, GoalStatus.IN_PROGRESS, "fees paid for two months",
                            "social worker", from.plusMonths(1)))));
        }
        ActionPlan plan = new ActionPlan(given.drawnUpOn(), given.recipientParticipated(), given.recipientData(), given.caseDescription(),
                given.problems(), given.resources(), given.hinderingFactors(), goals, given.cooperationAgreement(),
                given.interimEvaluationOn(), given.followUpEvaluationOn());
        return Application.Reconstitute.inService(running.id(), running.form(), running.submittedOn(), running.events(),
                running.decision(), running.units(), running.placementKind(), running.contract(), running.useStartedOn(),
                Option.some(plan), running.absences(), running.familyChanges(), running.houseRuleBreaches(), running.charges(),
                running.payments(), running.preExpiryAssessment(), running.copingAssessment())
                .getOrElseThrow(e -> new IllegalStateException(e.message()));
    }

    @Benchmark
    public Either<DecodingError, Application> roundTrip_adapter(Case c) {
        return c.json.decode(DocumentType.SOCIAL_HOUSING_CASE, c.json.encode(DocumentType.SOCIAL_HOUSING_CASE, c.application));
    }

    @Benchmark
    public ApplicationDocs.ApplicationDocument roundTrip_plainJackson(Case c) throws IOException {
        return c.plain.readValue(c.plain.writeValueAsString(c.document), ApplicationDocs.ApplicationDocument.class);
    }

    @Benchmark
    public String encode_adapter(Case c) {
        return c.json.encode(DocumentType.SOCIAL_HOUSING_CASE, c.application);
    }

    @Benchmark
    public String encode_plainJackson(Case c) throws IOException {
        return c.plain.writeValueAsString(c.document);
    }

    @Benchmark
    public Either<DecodingError, Application> decode_adapter(Case c) {
        return c.json.decode(DocumentType.SOCIAL_HOUSING_CASE, c.text);
    }

    @Benchmark
    public ApplicationDocs.ApplicationDocument decode_plainJackson(Case c) throws IOException {
        return c.plain.readValue(c.text, ApplicationDocs.ApplicationDocument.class);
    }
}
