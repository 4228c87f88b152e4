package ee.hoolekanne.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.resocialization.MonthlyStatement;
import ee.hoolekanne.domain.resocialization.PriceList;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.Stage;
import ee.hoolekanne.domain.resocialization.Stay;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One person from the shelter to independent life, with a statement for every month on the way. */
class ResocializationScenarioTest {

    @Test
    @DisplayName("RES-1 RES-4 RES-5 RES-10: SHELTER -> SOCIAL_HOUSING_UNIT -> DORMITORY -> INDEPENDENT_LIFE with monthly statements")
    void pathway() {
        LocalDate start = LocalDate.of(2025, 1, 6);
        List<Resocialization> pathway = JusticeAndResocializationCases.pathway(new CaseId("2025-RES-9"), start);
        assertEquals(List.of("Applied", "InShelter", "InSocialHousingUnit", "InDormitory", "InIndependentLife"),
                pathway.stream().map(Resocialization::state).toList());
        Resocialization.InIndependentLife life = (Resocialization.InIndependentLife) pathway.get(4);
        assertEquals(List.of(Stage.SHELTER, Stage.SOCIAL_HOUSING_UNIT, Stage.DORMITORY), life.stays().stream().map(Stay::stage).toList());
        assertEquals(4, life.decisions().size(), "the grant and three moves (X-1)");

        // the housing stock is the one social housing uses: every stay's bed place is allocated once, without overlap
        HousingStock stock = HousingStock.empty("tallinn-stc");
        for (Stay stay : life.stays()) {
            stock = orFail(stock.withUnit(new HousingUnit(stay.room().unit(), PlacementKind.BED_PLACE, "Tallinn Social Work Centre", stay.stage().name())));
            stock = orFail(stock.allocate(stay.room().unit(), PlacementKind.BED_PLACE, life.id(), stay.from(), stay.until().get()));
        }
        assertEquals(3, stock.allocations().size());

        // a statement for every month from the first stay to the last, each summing to its lines; the months with shelter
        // days name the shelter's missing row in the Tallinn list (RES-10) instead of billing them at zero
        Money billed = Money.ZERO;
        YearMonth lastShelterMonth = YearMonth.from(life.stays().get(0).until().get());
        for (YearMonth m = YearMonth.from(life.stays().get(0).from()); !m.isAfter(YearMonth.from(life.since())); m = m.plusMonths(1)) {
            if (!m.isAfter(lastShelterMonth)) {
                assertInstanceOf(ee.hoolekanne.domain.resocialization.ResocializationError.NoPrice.class,
                        life.statement(m, PriceList.tallinn()).getLeft(), m + " has shelter days");
                continue;
            }
            MonthlyStatement statement = orFail(life.statement(m, PriceList.tallinn()));
            assertEquals(statement.lines().stream().map(MonthlyStatement.Line::amount).reduce(Money.ZERO, Money::plus), statement.total());
            billed = billed.plus(statement.total());
        }
        // the month of the move from the unit to the dormitory bills both rooms
        LocalDate toDorm = life.stays().get(2).from();
        MonthlyStatement moveMonth = orFail(life.statement(YearMonth.from(toDorm), PriceList.tallinn()));
        assertTrue(moveMonth.lines().stream().anyMatch(l -> l.description().startsWith("social housing unit, 2-4 bed room (renovated building)")));
        assertTrue(moveMonth.lines().stream().anyMatch(l -> l.description().startsWith("dormitory, 2-bed room")));
        assertTrue(billed.compareTo(Money.euros("500")) > 0, "months in the unit and dormitory are billed");
        assertInstanceOf(Resocialization.InIndependentLife.class, life);
    }
}
