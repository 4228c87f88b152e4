package ee.hoolekanne.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.socialhousing.AssessApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.DecideApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static ee.hoolekanne.socialhousing.Fixtures.JAAN;
import static ee.hoolekanne.socialhousing.Fixtures.LIIS;
import static ee.hoolekanne.socialhousing.Fixtures.MARI;
import static ee.hoolekanne.socialhousing.Fixtures.RULES;
import static ee.hoolekanne.socialhousing.Fixtures.d;
import static ee.hoolekanne.testkit.gen.Results.ok;
import static ee.hoolekanne.testkit.gen.Results.refusal;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TSM-4 as corrected: a household of adults without a child under 18 is not a family of § 5;
 * each adult gets a bed place and pays the bed-place fee, and the places are given together.
 */
class AdultHouseholdsTest {

    private static final Household COUPLE = new Household(MARI, List.of(JAAN));

    @Test
    @DisplayName("TSM-4: two adults without a child need two bed places, not one: a grant of one is refused, of two gives both")
    void aBedPlaceForEachAdult() {
        assertEquals(PlacementKind.BED_PLACE, COUPLE.placementKindOn(d("2026-01-12"), RULES.adultAge()));
        Application.Assessed assessed = Fixtures.assessed(COUPLE, d("2026-01-05"), d("2026-01-07"));
        assertEquals(new SocialHousingError.WrongNumberOfUnits(PlacementKind.BED_PLACE, 2, 1), assessed.grant(SocialHousingCases.grant("G-1",
                d("2026-01-12"), new UnitId("bed-1"), d("2026-07-31")), Fixtures.eligible(d("2026-01-12")), RULES).getLeft());
        Application.Granted granted = orFail(assessed.grant(SocialHousingCases.grant("G-1", d("2026-01-12"),
                List.of(new UnitId("bed-1"), new UnitId("bed-2")), d("2026-07-31")), Fixtures.eligible(d("2026-01-12")), RULES));
        assertEquals(List.of(new UnitId("bed-1"), new UnitId("bed-2")), granted.units());
        Application.Assessed family = Fixtures.assessed(new Household(MARI, List.of(JAAN, LIIS)), d("2026-01-05"), d("2026-01-07"));
        assertEquals(new SocialHousingError.WrongNumberOfUnits(PlacementKind.SEPARATE_DWELLING, 1, 2), family.grant(SocialHousingCases.grant(
                "G-2", d("2026-01-12"), List.of(new UnitId("flat-1"), new UnitId("flat-2")), d("2026-07-31")),
                Fixtures.eligible(d("2026-01-12")), RULES).getLeft(), "TSM-5: a family with a child gets one dwelling");
    }

    @Test
    @DisplayName("TSM-4: each adult pays the bed-place fee: two bed places, twice 30 % of the subsistence level")
    void aFeeForEachAdult() {
        Application.InService running = Fixtures.running(COUPLE, d("2026-01-12"), d("2026-07-31"));
        Application.InService charged = orFail(running.chargeFee(YearMonth.of(2026, 2), SubsistenceLevels.estonia(), RULES));
        assertEquals(Money.euros("120.00"), charged.charges().get(0).amount());
        assertTrue(charged.charges().get(0).explanation().endsWith("x 2 bed places = 120.00 EUR"), charged.charges().get(0).explanation());
    }

    @Test
    @DisplayName("TSM-4: a household's bed places are allocated together or not at all: with one of the two taken, the grant is refused and the free one stays free")
    void bothOrNeither() {
        InMemoryAdapters memory = InMemoryAdapters.create(d("2026-01-05"));
        memory.register().register(MARI, d("2015-01-01"), "Tartu linn");
        HousingStock stock = orFail(HousingStock.empty("stock").withUnit(HousingUnit.bedPlace("bed-1", "Pikk 1", "room 1")));
        stock = orFail(stock.withUnit(HousingUnit.bedPlace("bed-2", "Pikk 1", "room 1")));
        stock = orFail(stock.allocate(new UnitId("bed-2"), PlacementKind.BED_PLACE, new CaseId("earlier"), d("2025-10-01"), d("2026-03-31")));
        orFail(memory.housingStocks().save("stock", stock, 0));
        SocialHousingService service = memory.socialHousing(SocialHousingSettings.tartu("stock", "list"));
        CaseId id = new CaseId("2026-SH-7");
        ok(service.submitApplication(new SubmitApplicationCommand(id, SocialHousingCases.completeForm(COUPLE), d("2026-01-05"))));
        ok(service.assessApplication(new AssessApplicationCommand(id, SocialHousingCases.assessment(d("2026-01-07")))));
        SocialHousingError refused = refusal(service.decideApplication(new DecideApplicationCommand(id, new DecisionId("K-1"),
                SocialHousingCases.COMMITTEE, d("2026-01-12"), new Outcome.Grant(List.of(new UnitId("bed-1"), new UnitId("bed-2")),
                d("2026-07-31")), SocialHousingCases.reasons(d("2026-01-12")))));
        assertInstanceOf(SocialHousingError.Stock.class, refused);
        HousingStock after = memory.housingStocks().load("stock").get().get().value();
        assertTrue(after.isFree(new UnitId("bed-1"), d("2026-01-12"), d("2026-07-31")), "neither: bed-1 was not taken alone");
        assertInstanceOf(Application.Assessed.class, memory.applications().load(id).get().get().value());
    }
}
