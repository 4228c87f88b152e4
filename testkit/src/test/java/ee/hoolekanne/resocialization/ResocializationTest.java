package ee.hoolekanne.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.resocialization.ApplicationPart;
import ee.hoolekanne.domain.resocialization.AssessedNeeds;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.LaundryUse;
import ee.hoolekanne.domain.resocialization.MonthlyStatement;
import ee.hoolekanne.domain.resocialization.Placement;
import ee.hoolekanne.domain.resocialization.PriceList;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.ResocializationForm;
import ee.hoolekanne.domain.resocialization.ResocializationSchedule;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.domain.resocialization.Stage;
import ee.hoolekanne.domain.resocialization.Stay;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.decision;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resocialization in Tallinn, rule by rule. */
class ResocializationTest {

    private static final PersonalCode ANTS = PersonalCode.of(LocalDate.of(1968, 12, 1), Sex.MALE, 17);
    private static final IdentityDocument ID_CARD = new IdentityDocument(IdentityDocument.Kind.ID_CARD, LocalDate.of(2026, 1, 5));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Resocialization.Applied applied() {
        return (Resocialization.Applied) orFail(Resocialization.apply(new CaseId("r-1"), JusticeAndResocializationCases.form(ANTS), "Lasnamäe",
                Option.some("Lasnamäe"), Option.some(ID_CARD), d("2026-01-05")));
    }

    private static Resocialization.Resident inUnit() {
        return orFail(applied().grant(decision("R-1", d("2026-01-07"), new Outcome.GrantService("resocialization"), Rule.RES_8),
                DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, new AssessedNeeds("Lasnamäe", false, false, AssessedNeeds.Guidance.SUBSTANTIAL),
                new Room(new UnitId("shu-1"), 3, false), 0, d("2026-01-08")));
    }

    @Test
    @DisplayName("RES-1: the pathway's purpose, independent life, is reached only with a dwelling secured; every stay then ends and the case closes")
    void purpose() {
        List<Resocialization> pathway = JusticeAndResocializationCases.pathway(new CaseId("r-1"), d("2025-01-06"));
        Resocialization.InDormitory dorm = (Resocialization.InDormitory) JusticeAndResocializationCases.goalsMet(
                (Resocialization.Resident) pathway.get(3), d("2025-08-01"));
        LocalDate out = d("2025-12-01");
        var decision = decision("R-9", out.minusDays(3), new Outcome.MoveStage("INDEPENDENT_LIFE"), Rule.RES_5);
        assertInstanceOf(ResocializationError.NotReady.class, dorm.moveToIndependentLife(decision, DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                false, out).getLeft(), "without a dwelling the person stays");
        assertTrue(dorm.isOpen());
        Resocialization.InIndependentLife life = orFail(dorm.moveToIndependentLife(decision, DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, true, out));
        assertFalse(life.isOpen(), "the purpose reached, the case closes");
        assertTrue(life.stays().stream().allMatch(st -> st.until().exists(u -> u.isBefore(out))), "no stay runs into independent life");
        assertEquals(out, life.since());
    }

    @Test
    @DisplayName("RES-2: goals, activities and timetable are set together with the person")
    void togetherWithThePerson() {
        var draft = JusticeAndResocializationCases.stagePlan(d("2026-01-12"));
        var without = new ee.hoolekanne.domain.actionplan.ActionPlanDraft(draft.drawnUpOn(), false, draft.recipientData(),
                draft.caseDescription(), draft.problems(), draft.resources(), draft.hinderingFactors(), draft.goals(),
                draft.cooperationAgreement(), draft.interimEvaluationOn(), draft.followUpEvaluationOn());
        assertInstanceOf(ResocializationError.NotSetWithPerson.class, inUnit().drawUpActionPlan(without).getLeft());
        assertTrue(inUnit().drawUpActionPlan(draft).isRight());
    }

    @Test
    @DisplayName("RES-3: the stage that fits, with why; a person with a dwelling fits none")
    void placement() {
        assertEquals(Stage.SHELTER, Placement.fit(new AssessedNeeds("x", false, true, AssessedNeeds.Guidance.SUBSTANTIAL)).get().stage());
        assertEquals(Stage.SOCIAL_HOUSING_UNIT, Placement.fit(new AssessedNeeds("x", false, false, AssessedNeeds.Guidance.SUBSTANTIAL)).get().stage());
        Placement dorm = Placement.fit(new AssessedNeeds("x", false, false, AssessedNeeds.Guidance.LITTLE)).get();
        assertEquals(Stage.DORMITORY, dorm.stage());
        assertTrue(dorm.reason().contains("small amount of guidance"));
        assertTrue(Placement.fit(new AssessedNeeds("x", true, true, AssessedNeeds.Guidance.SUBSTANTIAL)).isLeft());
        assertTrue(Placement.fit(new AssessedNeeds("x", false, false, AssessedNeeds.Guidance.NONE)).isLeft());
        assertInstanceOf(ResocializationError.StageDoesNotFit.class, applied().grant(decision("R-1", d("2026-01-07"),
                        new Outcome.GrantService("resocialization"), Rule.RES_8), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                new AssessedNeeds("x", true, false, AssessedNeeds.Guidance.LITTLE), new Room(new UnitId("d"), 2, false), 0,
                d("2026-01-08")).getLeft());
    }

    @Test
    @DisplayName("RES-4: shelter to social housing unit to dormitory, each move needing the stage's goals met and recording the decision")
    void multiStage() {
        Resocialization.Resident unit = inUnit();
        Resocialization.InSocialHousingUnit notYet = (Resocialization.InSocialHousingUnit) unit;
        assertInstanceOf(ResocializationError.GoalsNotMet.class, notYet.moveToDormitory(decision("R-2", d("2026-03-01"),
                new Outcome.MoveStage("DORMITORY"), Rule.RES_4), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                new Room(new UnitId("dorm-1"), 2, false), 0, d("2026-03-02")).getLeft());
        Resocialization.InSocialHousingUnit met = (Resocialization.InSocialHousingUnit) JusticeAndResocializationCases.goalsMet(unit, d("2026-01-12"));
        Resocialization.Resident dorm = orFail(met.moveToDormitory(decision("R-2", d("2026-03-01"), new Outcome.MoveStage("DORMITORY"), Rule.RES_4),
                DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, new Room(new UnitId("dorm-1"), 2, false), 0, d("2026-03-02")));
        assertEquals(Stage.DORMITORY, dorm.stage());
        assertEquals(2, dorm.decisions().size());
        assertEquals(Option.some(d("2026-03-01")), dorm.stays().get(0).until());
        assertTrue(dorm.actionPlan().isEmpty(), "a new stage needs its own goals");
        assertInstanceOf(ResocializationError.Invalid.class, met.moveToDormitory(decision("R-2", d("2026-03-01"),
                new Outcome.MoveStage("INDEPENDENT_LIFE"), Rule.RES_4), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                new Room(new UnitId("dorm-1"), 2, false), 0, d("2026-03-02")).getLeft(), "the decision names the stage moved to");
    }

    @Test
    @DisplayName("RES-5: from a social housing unit or dormitory to independent life when the goals are met and a dwelling is found; no other move exists")
    void independentLife() {
        Resocialization.InSocialHousingUnit met = (Resocialization.InSocialHousingUnit) JusticeAndResocializationCases.goalsMet(inUnit(), d("2026-01-12"));
        var toLife = decision("R-3", d("2026-04-01"), new Outcome.MoveStage("INDEPENDENT_LIFE"), Rule.RES_5);
        assertInstanceOf(ResocializationError.NotReady.class,
                met.moveToIndependentLife(toLife, DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, false, d("2026-04-02")).getLeft());
        Resocialization.InIndependentLife life = orFail(met.moveToIndependentLife(toLife, DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, true, d("2026-04-02")));
        assertEquals(d("2026-04-02"), life.since());
        assertEquals(Set.of(Stage.SOCIAL_HOUSING_UNIT), Stage.SHELTER.next());
        assertEquals(Set.of(Stage.DORMITORY, Stage.INDEPENDENT_LIFE), Stage.SOCIAL_HOUSING_UNIT.next());
        assertEquals(Set.of(Stage.INDEPENDENT_LIFE), Stage.DORMITORY.next());
        assertEquals(Set.of(), Stage.INDEPENDENT_LIFE.next());
        // the types say the same: no method moves a shelter resident to a dormitory or independent life
        assertTrue(java.util.Arrays.stream(Resocialization.InShelter.class.getMethods()).noneMatch(m -> m.getName().startsWith("moveToDormitory")
                || m.getName().startsWith("moveToIndependentLife")));
        assertTrue(java.util.Arrays.stream(Resocialization.InDormitory.class.getMethods()).noneMatch(m -> m.getName().startsWith("moveToSocial")));
    }

    @Test
    @DisplayName("RES-6: the application is filed at the district government of the residence per the population register")
    void district() {
        assertInstanceOf(ResocializationError.WrongDistrict.class, Resocialization.apply(new CaseId("r"), JusticeAndResocializationCases.form(ANTS),
                "Kesklinn", Option.some("Lasnamäe"), Option.some(ID_CARD), d("2026-01-05")).getLeft());
        assertInstanceOf(ResocializationError.WrongDistrict.class, Resocialization.apply(new CaseId("r"), JusticeAndResocializationCases.form(ANTS),
                "Kesklinn", Option.none(), Option.some(ID_CARD), d("2026-01-05")).getLeft());
        assertFalse(new ResocializationError.WrongDistrict().message().contains("Lasnamäe"), "no residence in messages");
    }

    @Test
    @DisplayName("RES-7, HMS-1: an application missing parts is an incomplete case listing every one of them; supplemented, it waits for the decision")
    void applicationParts() {
        ResocializationForm partial = new ResocializationForm(ANTS, Option.some("name"), Option.none(), Option.some("contact"),
                Option.none(), Option.some("why"), Option.some(" "), Option.none());
        Resocialization.Incomplete incomplete = (Resocialization.Incomplete) orFail(Resocialization.apply(new CaseId("r"), partial,
                "Lasnamäe", Option.some("Lasnamäe"), Option.some(ID_CARD), d("2026-01-05")));
        assertEquals(List.of(ApplicationPart.RESIDENCE_OR_STAY, ApplicationPart.HOUSEHOLD_MEMBERS, ApplicationPart.WHAT_HINDERS,
                ApplicationPart.WHY_NO_DWELLING), incomplete.missingParts());
        assertFalse(partial.toString().contains("name"), "the form is personal data");
        assertTrue(incomplete.openObligations(ResocializationSchedule.tallinn()).isEmpty(), "no term until the official sets one");
        Resocialization.Incomplete asked = orFail(incomplete.setRemedyTerm(new ee.hoolekanne.domain.decision.RemedyTerm(d("2026-01-06"),
                ee.hoolekanne.domain.calendar.Term.workingDays(10))));
        assertEquals(d("2026-01-20"), asked.openObligations(ResocializationSchedule.tallinn()).get(0).deadline().dueDate(),
                "HMS-1: 10 working days from 7 January");
        Resocialization still = orFail(asked.supplement(new ResocializationForm(ANTS, Option.some("name"), Option.some("Tallinn"),
                Option.some("contact"), Option.some(List.of()), Option.some("why"), Option.none(), Option.some("no income"))));
        assertEquals(List.of(ApplicationPart.WHAT_HINDERS), ((Resocialization.Incomplete) still).missingParts());
        assertEquals(asked.remedyTerm(), ((Resocialization.Incomplete) still).remedyTerm(), "the term stays");
        assertInstanceOf(Resocialization.Applied.class, orFail(asked.supplement(JusticeAndResocializationCases.form(ANTS))));
        assertInstanceOf(ResocializationError.Invalid.class, asked.supplement(JusticeAndResocializationCases.form(
                PersonalCode.of(LocalDate.of(1980, 1, 1), ee.hoolekanne.domain.person.Sex.FEMALE, 3))).getLeft());
    }

    @Test
    @DisplayName("RES-8: only the head of the welfare department or their deputy decides")
    void decider() {
        var grant = decision("R-1", d("2026-01-07"), new Outcome.GrantService("resocialization"), Rule.RES_8);
        AssessedNeeds needs = new AssessedNeeds("x", false, false, AssessedNeeds.Guidance.SUBSTANTIAL);
        assertInstanceOf(ResocializationError.NotAuthorised.class, applied().grant(grant, DeciderRole.OTHER, needs,
                new Room(new UnitId("u"), 2, false), 0, d("2026-01-08")).getLeft());
        assertTrue(applied().grant(grant, DeciderRole.DEPUTY_HEAD_OF_WELFARE_DEPARTMENT, needs, new Room(new UnitId("u"), 2, false), 0,
                d("2026-01-08")).isRight());
        assertInstanceOf(ResocializationError.NotAuthorised.class, applied().refuse(decision("R-0", d("2026-01-07"),
                new Outcome.Refuse(List.of(new ee.hoolekanne.domain.decision.StatedGround(Rule.RES_8, "Tallinn", "a dwelling is available"))), Rule.RES_8), DeciderRole.OTHER).getLeft());
    }

    @Test
    @DisplayName("RES-9: the applicant proves their identity with a document")
    void identity() {
        assertInstanceOf(ResocializationError.IdentityNotProven.class, Resocialization.apply(new CaseId("r"),
                JusticeAndResocializationCases.form(ANTS), "Lasnamäe", Option.some("Lasnamäe"), Option.none(), d("2026-01-05")).getLeft());
    }

    @Test
    @DisplayName("RES-10: every row of the price list, keyed by stage, room occupancy, renovated building and child; laundry per load")
    void priceList() {
        PriceList list = PriceList.tallinnSocialWorkCentre();
        assertEquals(Money.euros("90.00"), list.adult(Stage.SOCIAL_HOUSING_UNIT, new Room(new UnitId("u"), 1, true)).get().monthly());
        assertEquals(Money.euros("70.00"), list.adult(Stage.SOCIAL_HOUSING_UNIT, new Room(new UnitId("u"), 3, true)).get().monthly());
        assertEquals(Money.euros("60.00"), list.adult(Stage.SOCIAL_HOUSING_UNIT, new Room(new UnitId("u"), 5, true)).get().monthly());
        assertEquals(Money.euros("60.00"), list.adult(Stage.SOCIAL_HOUSING_UNIT, new Room(new UnitId("u"), 2, false)).get().monthly());
        assertEquals(Money.euros("50.00"), list.adult(Stage.SOCIAL_HOUSING_UNIT, new Room(new UnitId("u"), 3, false)).get().monthly());
        assertEquals(Money.euros("40.00"), list.adult(Stage.SOCIAL_HOUSING_UNIT, new Room(new UnitId("u"), 6, false)).get().monthly());
        assertEquals(Money.euros("30.00"), list.adult(Stage.SOCIAL_HOUSING_UNIT, new Room(new UnitId("u"), 8, false)).get().monthly());
        assertEquals(Money.euros("10.00"), list.child(Stage.SOCIAL_HOUSING_UNIT, true).get().monthly());
        assertEquals(Money.euros("90.00"), list.adult(Stage.DORMITORY, new Room(new UnitId("u"), 1, false)).get().monthly());
        assertEquals(Money.euros("70.00"), list.adult(Stage.DORMITORY, new Room(new UnitId("u"), 2, false)).get().monthly());
        assertEquals(Money.euros("1.00"), list.laundry().get(PriceList.Laundry.DRYING));
        assertEquals(Money.euros("2.00"), list.laundry().get(PriceList.Laundry.WASHING_AND_DRYING));
        assertEquals(Money.euros("1.00"), list.laundry().get(PriceList.Laundry.WASHING));
        assertEquals(10, list.rows().size());
        assertTrue(PriceList.tallinn().valueOn(d("2022-12-31")).isEmpty(), "no list is guessed before its effective date");
    }

    @Test
    @DisplayName("RES-10 X-2: a statement bills stage and room for the days in each, children and laundry, prorated, and totals its lines")
    void statement() {
        List<Stay> stays = List.of(
                new Stay(Stage.SOCIAL_HOUSING_UNIT, new Room(new UnitId("a"), 3, true), 1, d("2026-02-10"), Option.some(d("2026-03-11"))),
                new Stay(Stage.DORMITORY, new Room(new UnitId("b"), 2, false), 0, d("2026-03-12"), Option.none()));
        List<LaundryUse> laundry = List.of(new LaundryUse(d("2026-03-03"), PriceList.Laundry.WASHING_AND_DRYING, 2),
                new LaundryUse(d("2026-02-20"), PriceList.Laundry.DRYING, 1));
        MonthlyStatement march = orFail(MonthlyStatement.of(YearMonth.of(2026, 3), stays, laundry, PriceList.tallinn()));
        // 70.00 x 11/31 = 24.84; child 10.00 x 11/31 = 3.55; dormitory 70.00 x 20/31 = 45.16; laundry 2 x 2.00
        assertEquals(List.of(Money.euros("24.84"), Money.euros("3.55"), Money.euros("45.16"), Money.euros("4.00")),
                march.lines().stream().map(MonthlyStatement.Line::amount).toList());
        assertEquals(Money.euros("77.55"), march.total());
        assertTrue(march.lines().get(0).description().endsWith("11/31 days"));
    }

    @Test
    @DisplayName("RES-10: a stay the price list has no row for (the shelter, a 3+ bed dormitory room) is a typed error naming the row, never a zero fee; "
            + "a month before the first known list is a typed error naming the day")
    void missingPrices() {
        ResocializationError shelter = MonthlyStatement.of(YearMonth.of(2026, 1), List.of(new Stay(Stage.SHELTER,
                new Room(new UnitId("s"), 8, false), 0, d("2026-01-01"), Option.none())), List.of(), PriceList.tallinn()).getLeft();
        assertEquals(new ResocializationError.NoPrice("SHELTER, 8-bed room, building not renovated, adult, in the Tallinn Social Work Centre price list"),
                shelter);
        ResocializationError dormitory = MonthlyStatement.of(YearMonth.of(2026, 1), List.of(new Stay(Stage.DORMITORY,
                new Room(new UnitId("x"), 4, false), 0, d("2026-01-01"), Option.none())), List.of(), PriceList.tallinn()).getLeft();
        assertTrue(dormitory.message().contains("DORMITORY, 4-bed room"), dormitory.message());
        ResocializationError child = MonthlyStatement.of(YearMonth.of(2026, 1), List.of(new Stay(Stage.SOCIAL_HOUSING_UNIT,
                new Room(new UnitId("y"), 3, false), 1, d("2026-01-01"), Option.none())), List.of(), PriceList.tallinn()).getLeft();
        assertTrue(child.message().contains("child"), "no child price in a building not renovated: " + child.message());
        assertEquals(new ResocializationError.NoPriceList(d("2022-12-01"), d("2023-01-01")), MonthlyStatement.of(YearMonth.of(2022, 12),
                List.of(new Stay(Stage.DORMITORY, new Room(new UnitId("b"), 2, false), 0, d("2022-11-01"), Option.none())), List.of(),
                PriceList.tallinn()).getLeft());
    }
}
