package ee.hoolekanne.domain.money;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    @DisplayName("X-2: money is EUR with exactly two decimals; more decimals are refused, not rounded silently")
    void scaleTwo() {
        assertEquals(new BigDecimal("45.00"), Money.euros(45).amount());
        assertEquals(Money.euros("45.0"), Money.cents(4500));
        assertEquals("45.00 EUR", Money.euros("45").toString());
        assertEquals(4500, Money.euros("45").toCents());
        assertThrows(IllegalArgumentException.class, () -> Money.euros("1.005"));
        assertEquals(Money.euros("1.01"), Money.euros("1.010"), "trailing zeros are fine");
    }

    @Test
    @DisplayName("X-2: percentages and prorating round half-up to the cent")
    void halfUp() {
        assertEquals(Money.euros("45.00"), Money.euros(150).percent(Percentage.of(30)));
        assertEquals(Money.euros("0.01"), Money.euros("0.05").percent(Percentage.of(10)), "0.005 -> 0.01");
        assertEquals(Money.euros("0.00"), Money.euros("0.04").percent(Percentage.of(10)), "0.004 -> 0.00");
        // 60.00 for 12 of 31 days = 23.2258.. -> 23.23
        assertEquals(Money.euros("23.23"), Money.euros(60).prorate(12, 31));
        // 45.00 for 1 of 30 days = 1.50 exactly
        assertEquals(Money.euros("1.50"), Money.euros(45).prorate(1, 30));
        // 10.00 for 1 of 8 = 1.25; for 1 of 16 = 0.625 -> 0.63
        assertEquals(Money.euros("0.63"), Money.euros(10).prorate(1, 16));
        assertEquals(Money.euros(60), Money.euros(60).prorate(31, 31));
        assertThrows(IllegalArgumentException.class, () -> Money.euros(60).prorate(32, 31));
    }

    @Test
    @DisplayName("X-2: sums, differences and negatives are exact")
    void arithmetic() {
        Money a = Money.euros("0.10");
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(a);
        }
        assertEquals(Money.euros(1), sum, "ten times 0.10 is exactly 1.00");
        assertTrue(Money.euros(1).minus(Money.euros(2)).isNegative());
        assertEquals(Money.euros("-1.00"), Money.euros(1).negate());
        assertEquals(Money.euros(6), Money.euros(2).times(3));
        assertTrue(Money.euros(1).compareTo(Money.euros(2)) < 0);
    }

    @Test
    @DisplayName("TSM-4 data: the subsistence level is looked up by date and changed mid-2022")
    void subsistenceLevelByDate() {
        SubsistenceLevels levels = SubsistenceLevels.estonia();
        assertTrue(levels.on(LocalDate.of(2017, 12, 31)).isEmpty());
        assertEquals(Money.euros(140), levels.on(LocalDate.of(2018, 6, 1)).get().firstMember());
        assertEquals(Money.euros(150), levels.on(LocalDate.of(2022, 5, 31)).get().firstMember());
        assertEquals(Money.euros(200), levels.on(LocalDate.of(2022, 6, 1)).get().firstMember());
        assertEquals(Money.euros(200), levels.on(LocalDate.of(2026, 11, 22)).get().firstMember());
        assertTrue(levels.on(LocalDate.of(2026, 1, 1)).get().source().contains("UNCONFIRMED"));
        // 30 % of the level: 45.00 EUR in 2019 - May 2022, 60.00 EUR from June 2022
        assertEquals(Money.euros("45.00"), levels.on(LocalDate.of(2021, 3, 1)).get().firstMember().percent(Percentage.of(30)));
        assertEquals(Money.euros("60.00"), levels.on(LocalDate.of(2022, 6, 1)).get().firstMember().percent(Percentage.of(30)));
    }

    @Test
    @DisplayName("subsistence level: further adults 80 %, minors 120 %; a Riigikogu change is a new entry")
    void householdsAndReplacement() {
        SubsistenceLevel level = SubsistenceLevels.estonia().on(LocalDate.of(2023, 1, 1)).get();
        assertEquals(Money.euros(200), level.forHousehold(1, 0));
        assertEquals(Money.euros(360), level.forHousehold(2, 0));
        assertEquals(Money.euros(600), level.forHousehold(2, 1));
        assertEquals(Money.euros(440), level.forHousehold(0, 2), "first minor at the full amount");
        assertThrows(IllegalArgumentException.class, () -> level.forHousehold(0, 0));

        SubsistenceLevels next = SubsistenceLevels.estonia().then(LocalDate.of(2027, 1, 1),
                new SubsistenceLevel(Money.euros(220), Percentage.of(80), Percentage.of(120), "State Budget Act 2027"));
        assertEquals(Money.euros(200), next.on(LocalDate.of(2026, 12, 31)).get().firstMember());
        assertEquals(Money.euros(220), next.on(LocalDate.of(2027, 1, 1)).get().firstMember());
        assertThrows(IllegalArgumentException.class, () -> next.then(LocalDate.of(2026, 1, 1), level),
                "entries are in date order");
    }
}
