package ee.hoolekanne.socialhousing;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.DeliveryMethod;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.Eligibility;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.socialhousing.ShelterProvider;
import ee.hoolekanne.domain.socialhousing.SocialHousingRules;
import ee.hoolekanne.testkit.gen.Acts;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.List;

import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;

/** People and steps shared by the social housing tests. */
final class Fixtures {

    static final EstonianCalendar CAL = EstonianCalendar.standard();
    static final SocialHousingRules RULES = SocialHousingRules.TARTU_86;
    static final PersonalCode MARI = PersonalCode.of(LocalDate.of(1985, 3, 14), Sex.FEMALE, 21);
    static final PersonalCode JAAN = PersonalCode.of(LocalDate.of(1983, 7, 2), Sex.MALE, 35);
    static final PersonalCode LIIS = PersonalCode.of(LocalDate.of(2015, 9, 30), Sex.FEMALE, 48);
    static final PersonalCode PEETER = PersonalCode.of(LocalDate.of(1961, 1, 20), Sex.MALE, 52);
    static final Household FAMILY = new Household(MARI, List.of(JAAN, LIIS));
    static final Household SINGLE = Household.single(PEETER);

    private Fixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Eligibility eligible(LocalDate on) {
        return orFail(Eligibility.check(Option.some("Tartu linn"), SocialHousingCases.assessment(on), RULES).toEither());
    }

    static Application.Assessed assessed(Household household, LocalDate completeOn, LocalDate assessedOn) {
        Application.Complete complete = (Application.Complete) orFail(Application.submit(new CaseId("c-1"),
                SocialHousingCases.completeForm(household), completeOn, RULES));
        return orFail(complete.assess(SocialHousingCases.assessment(assessedOn)));
    }

    static Application.Granted granted(Household household, LocalDate decidedOn, LocalDate serviceEnd) {
        Application.Assessed assessed = assessed(household, decidedOn.minusDays(7), decidedOn.minusDays(2));
        return orFail(assessed.grant(SocialHousingCases.grant("G-1", decidedOn, SocialHousingCases.unitsFor(household, decidedOn),
                serviceEnd), eligible(decidedOn), RULES));
    }

    static Delivery deliveredOn(LocalDate date) {
        return new Delivery(DeliveryMethod.ELECTRONIC, date.atTime(11, 30).atZone(Delivery.TALLINN).toInstant());
    }

    static Application.InService running(Household household, LocalDate decidedOn, LocalDate serviceEnd) {
        Application.Granted granted = granted(household, decidedOn, serviceEnd);
        Application.Delivered delivered = orFail(granted.deliver(deliveredOn(decidedOn), CAL, RULES));
        ServiceContract contract = new ServiceContract("C-1", ShelterProvider.TURVAKODU,
                household.adultsOn(decidedOn, 18), decidedOn.plusDays(1), decidedOn.plusDays(1), serviceEnd);
        Application.Contracted contracted = orFail(delivered.signContract(contract, CAL, RULES));
        return orFail(contracted.startUse(decidedOn.plusDays(1), CAL, RULES));
    }

    static Decision decision(String id, LocalDate on, Outcome outcome, Rule ruleId) {
        return new Decision(new DecisionId(id), SocialHousingCases.COMMITTEE, on, outcome, List.of(RULES.basis(ruleId)),
                Option.none(), Acts.reasons(on));
    }
}
