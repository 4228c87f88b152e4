package ee.hoolekanne.examples;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.resocialization.MonthlyStatement;
import ee.hoolekanne.domain.resocialization.PriceList;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.testkit.gen.SupportServicesCases;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The other four services in a few lines each: what a caseworker would ask of them. */
final class OtherServicesStory {

    private OtherServicesStory() {
    }

    static void run(PrintStream out) {
        EstonianCalendar calendar = EstonianCalendar.standard();

        out.println("  Protection support person (RVK): referral received by the provider on Friday 19 Dec 2025");
        ProtectionReferral withProvider = SupportServicesCases.protectionJourney(new CaseId("2025-RVK-5"), LocalDate.of(2025, 12, 17)).get(1);
        withProvider.openObligations(calendar, SupportServicesCases.PROTECTION).forEach(o ->
                out.println("    " + o.what() + " by " + o.deadline().dueDate() + " (" + o.deadline().legalBasis().get().ruleId() + ")"));

        out.println("  Youth leaving care (AHT-10): leaving on 2019-12-01, living in Võru county");
        YouthSupport.WithProvider youth = (YouthSupport.WithProvider) SupportServicesCases.youthJourney(new CaseId("2019-Y-3"),
                County.VORU, LocalDate.of(2019, 12, 1)).get(1);
        for (SupportPersonKind kind : SupportPersonKind.values()) {
            out.println("    a " + kind.name().toLowerCase() + " support person may start from "
                    + youth.windowOpens(kind, SupportServicesCases.CARE) + ", provider " + youth.provider());
        }
        out.println("    a professional one on 2019-05-01: " + youth.assign(SupportServicesCases.supportPerson("sp",
                        SupportPersonKind.PROFESSIONAL, youth.provider(), Language.ESTONIAN), LocalDate.of(2019, 5, 1),
                SupportServicesCases.CARE, SupportServicesCases.PROJECT).fold(e -> "refused: " + e.message(), a -> "assigned"));

        out.println("  Resocialization (RES): one person's way and their bill for the month they moved to the dormitory");
        List<Resocialization> pathway = JusticeAndResocializationCases.pathway(new CaseId("2025-RES-9"), LocalDate.of(2025, 1, 6));
        out.println("    " + String.join(" -> ", pathway.stream().map(Resocialization::state).toList()));
        Resocialization.InIndependentLife life = (Resocialization.InIndependentLife) pathway.get(pathway.size() - 1);
        YearMonth moveMonth = YearMonth.from(life.stays().get(2).from());
        MonthlyStatement statement = life.statement(moveMonth, PriceList.tallinn()).getOrElseThrow((String reason) -> new IllegalStateException(reason));
        statement.lines().forEach(l -> out.println("    " + moveMonth + " " + l.description() + ": " + l.amount()));
        out.println("    total " + statement.total());

        out.println("  Released prisoner's accommodation (JUS-5): six months, extended once");
        List<ReleasedAccommodation> stay = JusticeAndResocializationCases.accommodationJourney(new CaseId("2026-ACC-4"), LocalDate.of(2026, 6, 15));
        out.println("    admitted " + stay.get(0).admittedOn() + ", until " + ((ReleasedAccommodation.Staying) stay.get(0)).until()
                + ", extended until " + ((ReleasedAccommodation.Staying) stay.get(2)).until());
    }
}
