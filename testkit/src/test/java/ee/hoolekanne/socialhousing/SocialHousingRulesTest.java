package ee.hoolekanne.socialhousing;

import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.money.Percentage;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static ee.hoolekanne.socialhousing.Fixtures.CAL;
import static ee.hoolekanne.socialhousing.Fixtures.SINGLE;
import static ee.hoolekanne.socialhousing.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SocialHousingRulesTest {

    @Test
    @DisplayName("TSM-1: regulation no 86 is in force from 2020-02-01; no rule set is guessed before it")
    void effectiveDated() {
        Timeline<SocialHousingRules> tartu = SocialHousingRules.tartu();
        assertTrue(tartu.valueOn(d("2020-01-31")).isEmpty());
        assertEquals(SocialHousingRules.TARTU_86, tartu.valueOn(d("2020-02-01")).get());
        assertEquals(Term.workingDays(10), SocialHousingRules.TARTU_86.decisionTerm());
        assertEquals(Percentage.of(30), SocialHousingRules.TARTU_86.bedPlaceFee());
        assertTrue(SocialHousingRules.TARTU_86.basis(Rule.TSM_13).provision().endsWith("§ 9(1) 1)"));
    }

    @Test
    @DisplayName("TSM-1 TSM-8: another municipality's numbers are data: a 15-working-day decision term needs no code change")
    void otherMunicipality() {
        SocialHousingRules other = SocialHousingRules.TARTU_86.with("Example regulation", Term.workingDays(15), Percentage.of(25));
        Application.Assessed assessed = Fixtures.assessed(SINGLE, d("2025-12-19"), d("2025-12-22"));
        assertEquals(d("2026-01-08"), assessed.decisionDeadline(CAL, SocialHousingRules.TARTU_86).dueDate());
        assertEquals(d("2026-01-15"), assessed.decisionDeadline(CAL, other).dueDate());
        Timeline<SocialHousingRules> amended = SocialHousingRules.tartu().then(d("2027-01-01"), other);
        assertEquals(other, amended.valueOn(d("2027-01-01")).get());
        assertEquals(SocialHousingRules.TARTU_86, amended.valueOn(d("2026-12-31")).get());
    }
}
