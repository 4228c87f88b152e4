package ee.hoolekanne.testkit.gen;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.justice.JusticeSchedule;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.FamilyChange;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.domain.supportperson.County;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;

/**
 * Real open obligations, as the domain computes them, of cases of several kinds and services:
 * each inner list is one case's. Deadlines skip weekends and named public holidays, some cases
 * have several obligations, an information request is numbered (RVK-6).
 */
public final class ObligationSamples {

    private ObligationSamples() {
    }

    /** The obligations of about forty cases of five kinds, drawn from {@code random}, one list per case (none empty). */
    public static List<List<Obligation>> byCase(SplittableRandom random) {
        List<List<Obligation>> all = new ArrayList<>();
        SocialHousingSchedule housing = SocialHousingSchedule.tartu();
        for (int i = 0; i < 3; i++) {
            LocalDate start = LocalDate.of(2025, 11, 3).plusDays(random.nextInt(120));
            SocialHousingCases.inEveryState("sh" + i, i == 1 ? SocialHousingCases.family(random) : SocialHousingCases.single(random), start)
                    .forEach(app -> add(all, withFamilyChange(app).openObligations(housing)));
        }
        ProtectionSchedule protection = ProtectionSchedule.standard();
        for (int i = 0; i < 3; i++) {
            List<ProtectionReferral> journey = SupportServicesCases.protectionJourney(new CaseId("rvk" + i),
                    LocalDate.of(2025, 12, 1).plusDays(random.nextInt(60)));
            journey.forEach(r -> add(all, withOpenRequests(r, protection)));
        }
        SubstituteCareSchedule care = SubstituteCareSchedule.standard();
        SupportServicesCases.youthJourney(new CaseId("aht1"), County.TARTU, LocalDate.of(2019, 5, 2).plusDays(random.nextInt(30)))
                .forEach(y -> add(all, y.openObligations(care)));
        SupportServicesCases.homeHistory("home1").forEach(h -> add(all, h.openObligations(care)));
        JusticeAndResocializationCases.accommodationJourney(new CaseId("acc1"), LocalDate.of(2026, 3, 2).plusDays(random.nextInt(60)))
                .forEach(a -> add(all, a.openObligations(JusticeSchedule.standard())));
        return List.copyOf(all);
    }

    /**
     * A running case with an unnotified family change: its notice is due at the provider's
     * closing time (CAL-9), so the samples hold deadlines of both ends.
     */
    private static Application withFamilyChange(Application app) {
        if (app instanceof Application.InService running) {
            return orFail(running.recordFamilyChange(new FamilyChange(running.useStartedOn().plusDays(10),
                    Household.single(running.household().applicant()), Option.none())));
        }
        return app;
    }

    private static List<Obligation> withOpenRequests(ProtectionReferral r, ProtectionSchedule schedule) {
        if (r instanceof ProtectionReferral.Active active) {
            ProtectionReferral.Active asked = orFail(orFail(active.receiveInfoRequest(active.meeting().heldOn().plusDays(20), schedule.rules()))
                    .receiveInfoRequest(active.meeting().heldOn().plusDays(24), schedule.rules()));
            return asked.openObligations(schedule);
        }
        return r.openObligations(schedule);
    }

    /** Keeps one list per case: a later state of a case replaces the earlier one's list. */
    private static void add(List<List<Obligation>> all, List<Obligation> obligations) {
        if (obligations.isEmpty()) {
            return;
        }
        Obligation first = obligations.get(0);
        all.removeIf(list -> list.get(0).kind() == first.kind() && list.get(0).caseId().equals(first.caseId()));
        all.add(obligations);
    }

    /** Every obligation of {@code byCase}. */
    public static List<Obligation> flat(List<List<Obligation>> byCase) {
        return byCase.stream().flatMap(List::stream).toList();
    }
}
