package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.DeadlineWatch;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.testkit.gen.ObligationSamples;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.PersonalDataReport;
import ee.hoolekanne.testkit.gen.Generators;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import ee.hoolekanne.testkit.gen.SupportServicesCases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/** Generated values of every document type, from a seeded random source. */
final class Samples {

    static final EstonianCalendar CALENDAR = EstonianCalendar.standard();

    private Samples() {
    }

    /** A generator of one document type's values, with the type. */
    record Kind<T>(DocumentType<T> type, Function<SplittableRandom, T> generator) {
    }

    static final List<Kind<?>> ALL = List.of(
            new Kind<>(DocumentType.DEADLINE, Samples::deadline),
            new Kind<>(DocumentType.DEADLINE_WATCH, Samples::deadlineWatch),
            new Kind<>(DocumentType.WAITING_LIST, Samples::waitingList),
            new Kind<>(DocumentType.HOUSING_STOCK, Samples::housingStock),
            new Kind<>(DocumentType.HOUSEHOLD, Samples::household),
            new Kind<>(DocumentType.SOCIAL_HOUSING_CASE, Samples::application),
            new Kind<>(DocumentType.PROTECTION_REFERRAL, Samples::protectionReferral),
            new Kind<>(DocumentType.YOUTH_SUPPORT, Samples::youthSupport),
            new Kind<>(DocumentType.PRISONER_SUPPORT, Samples::prisonerSupport),
            new Kind<>(DocumentType.ACCOMMODATION_STAY, Samples::accommodationStay),
            new Kind<>(DocumentType.RESOCIALIZATION, Samples::anyResocialization),
            new Kind<>(DocumentType.FAMILY_SERVICES, r -> pick(r, SupportServicesCases.familyHistory("family-" + r.nextInt(100)))),
            new Kind<>(DocumentType.COUNSELLING_GROUP, r -> pick(r, SupportServicesCases.groupHistory("group-" + r.nextInt(100)))),
            new Kind<>(DocumentType.SUBSTITUTE_HOME, r -> pick(r, SupportServicesCases.homeHistory("home-" + r.nextInt(100)))),
            new Kind<>(DocumentType.PERSONAL_DATA_REPORT, Samples::report),
            new Kind<>(DocumentType.DECISION, Samples::decision),
            new Kind<>(DocumentType.SERVICE_CONTRACT, r -> inService(r).contract()),
            new Kind<>(DocumentType.ACTION_PLAN, r -> inService(r).actionPlan().get()),
            new Kind<>(DocumentType.SUPPORT_PERSON_ASSIGNMENT, Samples::assignment),
            new Kind<>(DocumentType.MONTHLY_STATEMENT, Samples::statement));

    /**
     * A deadline of any unit, direction and length, with or without legal basis, triggered from
     * 2004 to 2040 (so that even a backward term of years stays in the calendar's range).
     */
    static Deadline deadline(SplittableRandom random) {
        LocalDate trigger = Generators.date(random, LocalDate.of(2004, 1, 1), LocalDate.of(2040, 12, 31));
        Term.Unit unit = Term.Unit.values()[random.nextInt(Term.Unit.values().length)];
        int amount = 1 + random.nextInt(unit == Term.Unit.YEARS ? 3 : unit == Term.Unit.MONTHS ? 24 : 40);
        Term term = new Term(amount, unit, random.nextInt(4) == 0 ? Term.Direction.BEFORE : Term.Direction.AFTER);
        return random.nextBoolean() ? CALENDAR.deadline(trigger, term)
                : CALENDAR.deadline(trigger, term, LegalBasis.of(Rule.values()[random.nextInt(Rule.values().length)], "§ " + random.nextInt(20)),
                "event " + random.nextInt(100));
    }

    /** The open obligations of a few cases of every service at random points of their journeys, as the watch lists them. */
    static List<Obligation> deadlineWatch(SplittableRandom random) {
        List<List<Obligation>> byCase = ObligationSamples.byCase(random);
        List<Obligation> some = new ArrayList<>();
        byCase.stream().filter(c -> random.nextInt(3) == 0).forEach(some::addAll);
        return some.stream().sorted(DeadlineWatch.ORDER).toList();
    }

    /** A waiting list built by adds, offers and removals in random order. */
    static WaitingList waitingList(SplittableRandom random) {
        WaitingList list = WaitingList.empty("list-" + random.nextInt(10));
        LocalDate day = LocalDate.of(2025, 1, 6);
        int steps = random.nextInt(12);
        for (int i = 0; i < steps; i++) {
            day = day.plusDays(random.nextInt(10));
            CaseId id = new CaseId("case-" + random.nextInt(8));
            int what = random.nextInt(3);
            if (what == 0 || !list.contains(id)) {
                LocalDate completed = day.minusDays(random.nextInt(60));
                PlacementKind kind = random.nextBoolean() ? PlacementKind.BED_PLACE : PlacementKind.SEPARATE_DWELLING;
                WaitingList current = list;
                list = current.add(id, kind, completed, day).getOrElse(current);
            } else if (what == 1) {
                WaitingList current = list;
                list = current.offer(id, new UnitId("unit-" + random.nextInt(5)), day).getOrElse(current);
            } else {
                list = list.remove(id, day, "granted");
            }
        }
        return list;
    }

    /** A stock of bed places and dwellings with non-overlapping allocations. */
    static HousingStock housingStock(SplittableRandom random) {
        HousingStock stock = HousingStock.empty("stock-" + random.nextInt(10));
        int units = random.nextInt(6);
        for (int i = 0; i < units; i++) {
            HousingUnit unit = random.nextBoolean() ? HousingUnit.bedPlace("bed-" + i, "Kastani 1", "room " + (i / 2))
                    : HousingUnit.separateDwelling("flat-" + i, "Kastani " + i);
            stock = SocialHousingCases.orFail(stock.withUnit(unit));
        }
        int allocations = units == 0 ? 0 : random.nextInt(8);
        for (int n = 0; n < allocations; n++) {
            HousingUnit unit = stock.units().get(random.nextInt(units));
            LocalDate from = Generators.date(random, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
            LocalDate until = from.plusDays(random.nextInt(200));
            if (stock.isFree(unit.id(), from, until)) {
                stock = SocialHousingCases.orFail(stock.allocate(unit.id(), unit.kind(), new CaseId("case-" + n), from, until));
            }
        }
        return stock;
    }

    static Household household(SplittableRandom random) {
        return random.nextBoolean() ? SocialHousingCases.single(random) : SocialHousingCases.family(random);
    }

    /** A social housing case in any state: a single person or a family, at a random step of a journey or in a random state. */
    static Application application(SplittableRandom random) {
        Household household = household(random);
        LocalDate start = Generators.date(random, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));
        List<Application> cases = random.nextBoolean()
                ? SocialHousingCases.inEveryState("sh-" + random.nextInt(1000), household, start)
                : SocialHousingCases.journey(new CaseId("sh-" + random.nextInt(1000)), household, start);
        return cases.get(random.nextInt(cases.size()));
    }

    /** A protection referral at a random step of its journey (RVK), started on a random working day. */
    static ProtectionReferral protectionReferral(SplittableRandom random) {
        LocalDate start = CALENDAR.workingDayOnOrAfter(Generators.date(random, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)));
        List<ProtectionReferral> journey = SupportServicesCases.protectionJourney(new CaseId("rvk-" + random.nextInt(1000)), start);
        return journey.get(random.nextInt(journey.size()));
    }

    /** A youth support case at a random step of its journey (AHT-9 .. AHT-13). */
    static YouthSupport youthSupport(SplittableRandom random) {
        County county = random.nextBoolean() ? County.HARJU : County.TARTU;
        LocalDate leaving = Generators.date(random, LocalDate.of(2016, 3, 1), LocalDate.of(2019, 9, 1)); // inside the ESF project (2015-2020)
        List<YouthSupport> journey = SupportServicesCases.youthJourney(new CaseId("aht-" + random.nextInt(1000)), county, leaving);
        return journey.get(random.nextInt(journey.size()));
    }

    /** A prisoner's support-person case at a random step (JUS-1, JUS-2). */
    static PrisonerSupport prisonerSupport(SplittableRandom random) {
        LocalDate release = CALENDAR.workingDayOnOrAfter(Generators.date(random, LocalDate.of(2024, 6, 1), LocalDate.of(2028, 12, 31)));
        List<PrisonerSupport> journey = JusticeAndResocializationCases.prisonerJourney(new CaseId("jus-" + random.nextInt(1000)), release);
        return journey.get(random.nextInt(journey.size()));
    }

    /** A released prisoner's stay at a random step (JUS-3 .. JUS-7). */
    static ReleasedAccommodation accommodationStay(SplittableRandom random) {
        LocalDate released = CALENDAR.workingDayOnOrAfter(Generators.date(random, LocalDate.of(2024, 6, 1), LocalDate.of(2028, 12, 31)));
        List<ReleasedAccommodation> journey = JusticeAndResocializationCases.accommodationJourney(new CaseId("acc-" + random.nextInt(1000)), released);
        return journey.get(random.nextInt(journey.size()));
    }

    /** A resocialization case at a random step of its pathway (RES). */
    static Resocialization resocialization(SplittableRandom random) {
        LocalDate start = CALENDAR.workingDayOnOrAfter(Generators.date(random, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        List<Resocialization> pathway = JusticeAndResocializationCases.pathway(new CaseId("res-" + random.nextInt(1000)), start);
        return pathway.get(random.nextInt(pathway.size()));
    }

    /** A resocialization case at a random step of its pathway, or moved back, or left it (RES, RES-11). */
    static Resocialization anyResocialization(SplittableRandom random) {
        if (random.nextInt(3) > 0) {
            return resocialization(random);
        }
        LocalDate start = CALENDAR.workingDayOnOrAfter(Generators.date(random, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        List<Resocialization> exits = JusticeAndResocializationCases.exits("res-" + random.nextInt(1000), start);
        return exits.get(random.nextInt(exits.size()));
    }

    /** A random element of {@code history}. */
    static <T> T pick(SplittableRandom random, List<T> history) {
        return history.get(random.nextInt(history.size()));
    }

    /** A subject-access report: up to two cases of each service and up to three audit records. */
    static PersonalDataReport report(SplittableRandom random) {
        PersonalCode person = Generators.personalCode(random, LocalDate.of(1950, 1, 1), LocalDate.of(2005, 12, 31));
        List<AuditRecord> audit = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            audit.add(new AuditRecord(person, java.time.Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000)),
                    "read social housing case sh-" + i, "Tartu social housing committee", "Tartu city regulation no 86 § 7", "caseworker-" + i));
        }
        return new PersonalDataReport(person, some(random, Samples::application), some(random, Samples::protectionReferral),
                some(random, Samples::youthSupport), some(random, Samples::prisonerSupport), some(random, Samples::accommodationStay),
                some(random, Samples::anyResocialization), audit);
    }

    private static <T> List<T> some(SplittableRandom random, Function<SplittableRandom, T> generator) {
        List<T> out = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            out.add(generator.apply(random));
        }
        return out;
    }

    /** A decision of some case of any service. */
    static ee.hoolekanne.domain.decision.Decision decision(SplittableRandom random) {
        while (true) {
            List<ee.hoolekanne.domain.decision.Decision> decisions = switch (random.nextInt(3)) {
                case 0 -> application(random).decisions();
                case 1 -> List.of(protectionReferral(random).referralDecision());
                default -> resocialization(random).decisions();
            };
            if (!decisions.isEmpty()) {
                return decisions.get(random.nextInt(decisions.size()));
            }
        }
    }

    /** A social housing case in service with an action plan. */
    static Application.InService inService(SplittableRandom random) {
        while (true) {
            if (application(random) instanceof Application.InService s && s.actionPlan().isDefined()) {
                return s;
            }
        }
    }

    /** A support-person assignment from a protection referral or a youth case. */
    static ee.hoolekanne.domain.supportperson.Assignment assignment(SplittableRandom random) {
        while (true) {
            Object any = random.nextBoolean() ? protectionReferral(random) : youthSupport(random);
            if (any instanceof ProtectionReferral.Active a) {
                return a.assignment();
            }
            if (any instanceof YouthSupport.Cooperating c) {
                return c.assignment();
            }
        }
    }

    /** A monthly statement of up to five lines. */
    static ee.hoolekanne.domain.resocialization.MonthlyStatement statement(SplittableRandom random) {
        List<ee.hoolekanne.domain.resocialization.MonthlyStatement.Line> lines = new ArrayList<>();
        ee.hoolekanne.domain.money.Money total = ee.hoolekanne.domain.money.Money.ZERO;
        for (int i = random.nextInt(6); i > 0; i--) {
            ee.hoolekanne.domain.money.Money amount = ee.hoolekanne.domain.money.Money.cents(random.nextInt(20_000));
            lines.add(new ee.hoolekanne.domain.resocialization.MonthlyStatement.Line("line " + i, amount));
            total = total.plus(amount);
        }
        return new ee.hoolekanne.domain.resocialization.MonthlyStatement(java.time.YearMonth.of(2024 + random.nextInt(5), 1 + random.nextInt(12)),
                lines, total);
    }
}
