package ee.hoolekanne.socialhousing;

import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.money.Percentage;
import ee.hoolekanne.domain.money.SubsistenceLevel;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.Charge;
import ee.hoolekanne.domain.socialhousing.ExtensionRequest;
import ee.hoolekanne.domain.socialhousing.Fees;
import ee.hoolekanne.domain.socialhousing.Payment;
import ee.hoolekanne.domain.socialhousing.PreExpiryAssessment;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.ShelterProvider;
import ee.hoolekanne.domain.socialhousing.TerminationGround;
import ee.hoolekanne.testkit.gen.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static ee.hoolekanne.socialhousing.Fixtures.FAMILY;
import static ee.hoolekanne.socialhousing.Fixtures.RULES;
import static ee.hoolekanne.socialhousing.Fixtures.SINGLE;
import static ee.hoolekanne.socialhousing.Fixtures.d;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeesTest {

    private static final SubsistenceLevels LEVELS = SubsistenceLevels.estonia();
    private static final Percentage THIRTY = RULES.bedPlaceFee();

    @Test
    @DisplayName("TSM-4: the bed-place fee is 30 % of the subsistence level in force: 45.00 EUR in 2021, 60.00 EUR from June 2022")
    void feeByLevel() {
        assertEquals(Money.euros("45.00"), orFail(Fees.bedPlaceFee(YearMonth.of(2021, 3), d("2021-01-01"), d("2021-12-31"), LEVELS, THIRTY, 1)).amount());
        assertEquals(Money.euros("45.00"), orFail(Fees.bedPlaceFee(YearMonth.of(2022, 5), d("2021-01-01"), d("2022-12-31"), LEVELS, THIRTY, 1)).amount());
        assertEquals(Money.euros("60.00"), orFail(Fees.bedPlaceFee(YearMonth.of(2022, 6), d("2021-01-01"), d("2022-12-31"), LEVELS, THIRTY, 1)).amount());
    }

    @Test
    @DisplayName("X-2 TSM-4: a partial month is prorated by days, half-up to the cent")
    void partialMonth() {
        Charge january = orFail(Fees.bedPlaceFee(YearMonth.of(2026, 1), d("2026-01-13"), d("2026-07-24"), LEVELS, THIRTY, 1));
        assertEquals(Money.euros("36.77"), january.amount(), "60.00 x 19/31 = 36.774");
        assertEquals("30 % of 200.00 EUR = 60.00 EUR x 19/31 days = 36.77 EUR", january.explanation());
        assertEquals(Money.euros("46.45"), orFail(Fees.bedPlaceFee(YearMonth.of(2026, 7), d("2026-01-13"), d("2026-07-24"), LEVELS, THIRTY, 1)).amount());
        assertInstanceOf(SocialHousingError.NothingToCharge.class,
                Fees.bedPlaceFee(YearMonth.of(2026, 8), d("2026-01-13"), d("2026-07-24"), LEVELS, THIRTY, 1).getLeft());
        assertInstanceOf(SocialHousingError.NoSubsistenceLevel.class,
                Fees.bedPlaceFee(YearMonth.of(2017, 12), d("2017-01-01"), d("2018-12-31"), LEVELS, THIRTY, 1).getLeft());
    }

    @Test
    @DisplayName("X-2 TSM-4: a level changing mid-month charges each run of days at its own level")
    void levelChangesMidMonth() {
        SubsistenceLevels changed = LEVELS.then(d("2027-01-16"),
                new SubsistenceLevel(Money.euros(220), Percentage.of(80), Percentage.of(120), "test"));
        Charge charge = orFail(Fees.bedPlaceFee(YearMonth.of(2027, 1), d("2026-01-01"), d("2027-12-31"), changed, THIRTY, 1));
        // 60.00 x 15/31 = 29.03; 66.00 x 16/31 = 34.06
        assertEquals(Money.euros("63.09"), charge.amount());
    }

    @Test
    @DisplayName("TSM-4 TSM-5: a bed place is charged once a month; a family's dwelling pays ancillary costs at actual cost instead")
    void chargingACase() {
        Application.InService single = Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"));
        Application.InService charged = orFail(single.chargeFee(YearMonth.of(2026, 2), LEVELS, RULES));
        assertEquals(Money.euros("60.00"), charged.arrears());
        assertInstanceOf(SocialHousingError.AlreadyCharged.class, charged.chargeFee(YearMonth.of(2026, 2), LEVELS, RULES).getLeft());
        Application.InService paid = charged.recordPayment(new Payment(d("2026-03-05"), Money.euros("70.00")));
        assertTrue(paid.arrears().isNegative(), "paid in advance");
        assertInstanceOf(SocialHousingError.NotChargeable.class,
                single.recordAncillaryCosts(YearMonth.of(2026, 2), Money.euros("80.00"), "heating").getLeft());

        Application.InService family = Fixtures.running(FAMILY, d("2026-01-12"), d("2026-07-24"));
        assertInstanceOf(SocialHousingError.NotChargeable.class, family.chargeFee(YearMonth.of(2026, 2), LEVELS, RULES).getLeft());
        Application.InService costs = orFail(family.recordAncillaryCosts(YearMonth.of(2026, 2), Money.euros("84.20"), "heating, water"));
        assertEquals(Money.euros("84.20"), costs.arrears());
    }

    /** One step of the fee property's random sequence. */
    private enum Step { CHARGE, EXTEND, TERMINATE }

    @Test
    @DisplayName("X-2, TSM-4: random charges, extensions and an early end: each month's charges and credits add up to the fee for the days "
            + "actually in service, to the cent, for each bed place, once billed; and a month holds only a few charge records")
    void monthsAddUpToTheirDaysOfService() {
        Property.forAll("a month's charges are its days of service", 300, r -> r.nextLong(), seed -> {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            Household household = r.nextBoolean() ? Fixtures.SINGLE : new Household(Fixtures.MARI, List.of(Fixtures.JAAN));
            LocalDate decided = d("2025-01-06").plusDays(r.nextInt(700));
            LocalDate end = decided.plusDays(40 + r.nextInt(200));
            Application.InService running = Fixtures.running(household, decided, end);
            Application current = running;
            int extensions = 0;
            for (int i = 0; i < 4 + r.nextInt(12) && current instanceof Application.InService service; i++) {
                Step step = Step.values()[r.nextInt(10) < 6 ? 0 : r.nextInt(10) < 7 ? 1 : 2];
                switch (step) {
                    case CHARGE -> {
                        YearMonth month = YearMonth.from(service.useStartedOn()).plusMonths(r.nextInt(
                                (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(service.useStartedOn()), YearMonth.from(service.serviceEnd())) + 1));
                        current = service.chargeFee(month, LEVELS, RULES).getOrElse(service);
                    }
                    case EXTEND -> {
                        LocalDate on = service.serviceEnd().minusDays(r.nextInt(20));
                        if (!on.isAfter(service.useStartedOn())) {
                            continue;
                        }
                        Application.InService assessed = service.preExpiryAssessment().isDefined() ? service : orFail(service.assessBeforeExpiry(
                                new PreExpiryAssessment(on, service.contract().provider(), "needs more time", false, true)));
                        LocalDate newEnd = service.serviceEnd().plusDays(10 + r.nextInt(90));
                        current = orFail(assessed.extend(Fixtures.decision("E-" + i, on, new Outcome.Extend(newEnd), Rule.TSM_25),
                                new ExtensionRequest(on, service.contract().provider(), household.applicant(), newEnd), RULES));
                        extensions++;
                    }
                    case TERMINATE -> {
                        LocalDate last = service.useStartedOn().plusDays(r.nextInt((int) (service.serviceEnd().toEpochDay()
                                - service.useStartedOn().toEpochDay()) + 1));
                        LocalDate decidedOn = last.minusDays(r.nextInt(5)).isBefore(service.useStartedOn()) ? service.useStartedOn()
                                : last.minusDays(r.nextInt(5));
                        current = orFail(service.terminate(Fixtures.decision("T-" + i, decidedOn,
                                new Outcome.Terminate(List.of(TerminationGround.NO_LONGER_NEEDED), last), Rule.TSM_22), LEVELS, RULES));
                    }
                }
            }
            LocalDate start = running.useStartedOn();
            LocalDate lastDay = current instanceof Application.Ended ended ? ended.lastDay() : ((Application.InService) current).serviceEnd();
            // the billing run: every month charged (again) for what it still owes
            for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(lastDay).plusMonths(1)); month = month.plusMonths(1)) {
                Application before = current;
                current = switch (current) {
                    case Application.InService service -> service.chargeFee(month, LEVELS, RULES).<Application>map(a -> a).getOrElse(before);
                    case Application.Ended ended -> ended.chargeFee(month, LEVELS, RULES).<Application>map(a -> a).getOrElse(before);
                    default -> current;
                };
            }
            List<Charge> charges = current instanceof Application.Ended ended ? ended.charges() : ((Application.InService) current).charges();
            for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(lastDay).plusMonths(1)); month = month.plusMonths(1)) {
                YearMonth m = month;
                Money charged = charges.stream().filter(c -> c.month().equals(m)).map(Charge::signedAmount).reduce(Money.ZERO, Money::plus);
                long records = charges.stream().filter(c -> c.month().equals(m)).count();
                Money due = Fees.bedPlaceFee(month, start, lastDay, LEVELS, THIRTY, household.adultsOn(start, 18).size())
                        .map(Charge::amount).getOrElse(Money.ZERO);
                assertEquals(due, charged, month + ": the charges and credits are the fee for its days of service");
                assertTrue(records <= 3 + extensions, month + " holds " + records + " charge records");
            }
        });
    }

    @Test
    @DisplayName("X-2: a month charged before an extension can be charged for the days the new term adds; one charged before an early end is credited its days after the last day")
    void extensionAndEarlyEnd() {
        Application.InService running = Fixtures.running(Fixtures.SINGLE, d("2026-01-05"), d("2026-03-15"));
        Application.InService march = orFail(running.chargeFee(YearMonth.of(2026, 3), LEVELS, RULES));
        assertEquals(Money.euros("29.03"), march.charges().get(0).amount(), "60.00 x 15/31 days");
        assertInstanceOf(SocialHousingError.AlreadyCharged.class, march.chargeFee(YearMonth.of(2026, 3), LEVELS, RULES).getLeft());
        Application.InService assessed = orFail(march.assessBeforeExpiry(new PreExpiryAssessment(d("2026-02-13"), ShelterProvider.TURVAKODU, "more time", false, true)));
        Application.InService extended = orFail(assessed.extend(Fixtures.decision("E-1", d("2026-02-20"), new Outcome.Extend(d("2026-06-30")),
                Rule.TSM_25), new ExtensionRequest(d("2026-02-16"), ShelterProvider.TURVAKODU, Fixtures.PEETER, d("2026-06-30")), RULES));
        Application.InService rest = orFail(extended.chargeFee(YearMonth.of(2026, 3), LEVELS, RULES));
        assertEquals(Money.euros("30.97"), rest.charges().get(1).amount(), "the 16 days the new term adds: 60.00 less 29.03");
        Application.InService april = orFail(rest.chargeFee(YearMonth.of(2026, 4), LEVELS, RULES));
        Application.Ended ended = orFail(april.terminate(Fixtures.decision("T-1", d("2026-04-08"), new Outcome.Terminate(
                List.of(TerminationGround.NO_LONGER_NEEDED), d("2026-04-10")), Rule.TSM_22), LEVELS, RULES));
        Charge credit = ended.charges().get(ended.charges().size() - 1);
        assertEquals(Charge.Kind.BED_PLACE_FEE_CREDIT, credit.kind());
        assertEquals(Money.euros("40.00"), credit.amount(), "April was charged 60.00 and used 10 of 30 days: 20.00");
        assertEquals(Money.euros("20.00"), ended.charges().stream().filter(c -> c.month().equals(YearMonth.of(2026, 4)))
                .map(Charge::signedAmount).reduce(Money.ZERO, Money::plus));
        assertInstanceOf(SocialHousingError.AlreadyCharged.class, ended.chargeFee(YearMonth.of(2026, 4), LEVELS, RULES).getLeft());
    }
}
