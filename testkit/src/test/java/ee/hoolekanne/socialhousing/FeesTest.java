package ee.hoolekanne.socialhousing;

import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.money.Percentage;
import ee.hoolekanne.domain.money.SubsistenceLevel;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.Charge;
import ee.hoolekanne.domain.socialhousing.Fees;
import ee.hoolekanne.domain.socialhousing.Payment;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

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
        assertEquals(Money.euros("45.00"), orFail(Fees.bedPlaceFee(YearMonth.of(2021, 3), d("2021-01-01"), d("2021-12-31"), LEVELS, THIRTY)).amount());
        assertEquals(Money.euros("45.00"), orFail(Fees.bedPlaceFee(YearMonth.of(2022, 5), d("2021-01-01"), d("2022-12-31"), LEVELS, THIRTY)).amount());
        assertEquals(Money.euros("60.00"), orFail(Fees.bedPlaceFee(YearMonth.of(2022, 6), d("2021-01-01"), d("2022-12-31"), LEVELS, THIRTY)).amount());
    }

    @Test
    @DisplayName("X-2 TSM-4: a partial month is prorated by days, half-up to the cent")
    void partialMonth() {
        Charge january = orFail(Fees.bedPlaceFee(YearMonth.of(2026, 1), d("2026-01-13"), d("2026-07-24"), LEVELS, THIRTY));
        assertEquals(Money.euros("36.77"), january.amount(), "60.00 x 19/31 = 36.774");
        assertEquals("30 % of 200.00 EUR = 60.00 EUR x 19/31 days = 36.77 EUR", january.explanation());
        assertEquals(Money.euros("46.45"), orFail(Fees.bedPlaceFee(YearMonth.of(2026, 7), d("2026-01-13"), d("2026-07-24"), LEVELS, THIRTY)).amount());
        assertInstanceOf(SocialHousingError.NothingToCharge.class,
                Fees.bedPlaceFee(YearMonth.of(2026, 8), d("2026-01-13"), d("2026-07-24"), LEVELS, THIRTY).getLeft());
        assertInstanceOf(SocialHousingError.NoSubsistenceLevel.class,
                Fees.bedPlaceFee(YearMonth.of(2017, 12), d("2017-01-01"), d("2018-12-31"), LEVELS, THIRTY).getLeft());
    }

    @Test
    @DisplayName("X-2 TSM-4: a level changing mid-month charges each run of days at its own level")
    void levelChangesMidMonth() {
        SubsistenceLevels changed = LEVELS.then(d("2027-01-16"),
                new SubsistenceLevel(Money.euros(220), Percentage.of(80), Percentage.of(120), "test"));
        Charge charge = orFail(Fees.bedPlaceFee(YearMonth.of(2027, 1), d("2026-01-01"), d("2027-12-31"), changed, THIRTY));
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
}
