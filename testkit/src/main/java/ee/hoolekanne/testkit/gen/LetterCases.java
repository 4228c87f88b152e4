package ee.hoolekanne.testkit.gen;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.Hearing;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.justice.JusticeSchedule;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.letter.CaseLetters;
import ee.hoolekanne.domain.letter.Letter;
import ee.hoolekanne.domain.letter.LetterBody;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.resocialization.ResocializationSchedule;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.port.out.Addressee;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The letters of cases in every state of every service ({@link CaseLetters}), for the tests of a
 * {@code DecisionLetters} adapter, its benchmark and the examples: every kind of decision and
 * every notice, each letter once.
 */
public final class LetterCases {

    /** An addressee for the letters (invented). */
    public static final Addressee ADDRESSEE = new Addressee("Peeter Põder", List.of("Pikk tn 1-5", "50603 Tartu"));

    private LetterCases() {
    }

    /** Every letter of every case state the testkit's generators make, with no letter twice. */
    public static List<Letter> all() {
        List<Letter> out = new ArrayList<>();
        SocialHousingSchedule tartu = SocialHousingSchedule.tartu();
        LocalDate start = LocalDate.of(2025, 12, 1);
        List<Application> cases = new ArrayList<>(SocialHousingCases.inEveryState("s", SocialHousingCases.single(new SplittableRandom(1)), start));
        cases.addAll(SocialHousingCases.inEveryState("f", SocialHousingCases.family(new SplittableRandom(2)), start));
        cases.addAll(SocialHousingCases.journey(new CaseId("sh-journey"), SocialHousingCases.single(new SplittableRandom(3)), start));
        cases.addAll(SocialHousingCases.recordsJourney(new CaseId("sh-records"), SocialHousingCases.single(new SplittableRandom(4)), start));
        for (Application app : cases) {
            out.addAll(CaseLetters.of(app, tartu, app instanceof Application.WaitListed ? Option.some(3) : Option.none()));
        }
        ResocializationSchedule tallinn = ResocializationSchedule.tallinn();
        JusticeAndResocializationCases.pathway(new CaseId("res-1"), LocalDate.of(2026, 2, 2))
                .forEach(r -> out.addAll(CaseLetters.of(r, tallinn)));
        JusticeAndResocializationCases.exits("res-x", LocalDate.of(2026, 2, 2)).forEach(r -> out.addAll(CaseLetters.of(r, tallinn)));
        SupportServicesCases.protectionJourney(new CaseId("rvk-1"), LocalDate.of(2026, 3, 2))
                .forEach(r -> out.addAll(CaseLetters.of(r, ProtectionSchedule.standard())));
        SupportServicesCases.youthJourney(new CaseId("aht-1"), County.TARTU, LocalDate.of(2019, 12, 1))
                .forEach(y -> out.addAll(CaseLetters.of(y, SubstituteCareSchedule.standard())));
        JusticeAndResocializationCases.accommodationJourney(new CaseId("acc-1"), LocalDate.of(2026, 6, 1))
                .forEach(a -> out.addAll(CaseLetters.of(a, JusticeSchedule.standard())));
        JusticeAndResocializationCases.prisonerJourney(new CaseId("jus-1"), LocalDate.of(2026, 9, 1))
                .forEach(p -> out.addAll(CaseLetters.of(p, JusticeSchedule.standard())));
        out.add(freedPlace());
        out.add(leftUnprocessed());
        return out.stream().distinct().toList();
    }

    /** TSM-11: a freed place offered to the first in line. */
    public static Letter freedPlace() {
        return new Letter(CaseKind.SOCIAL_HOUSING, new CaseId("sh-waiting"), SocialHousingCases.single(new SplittableRandom(5)).applicant(),
                "sh-waiting/TSM-11", LocalDate.of(2026, 4, 1), new LetterBody.FreedPlace("bed-4", LocalDate.of(2026, 3, 31)), List.of());
    }

    /** HMS-1: an application left unprocessed after its remedy term, notified on the day after. */
    public static Letter leftUnprocessed() {
        LocalDate on = LocalDate.of(2026, 1, 21);
        Decision d = new Decision(new DecisionId("J-2026-3"), new ee.hoolekanne.domain.decision.DecisionMaker("Tartu Linnavalitsus",
                ProcedureRules.TARTU_SPECIALIST, "Mari Mets"), on, new Outcome.LeaveUnprocessed(LocalDate.of(2026, 1, 20)),
                List.of(LegalBasis.of(Rule.HMS_1, "HMS § 15(2)")), Option.none(),
                Reasons.of("Sissetulekute ja tugivõrgustiku andmeid ei esitatud 20.01.2026 kella 24.00-ks.")
                        .heard(new Hearing.NotHeld("HMS § 40 lg 3 p 6", "taotleja ei vastanud 06.01.2026 saadetud kirjale")));
        return CaseLetters.decision(CaseKind.SOCIAL_HOUSING, new CaseId("sh-left"), SocialHousingCases.single(new SplittableRandom(6)).applicant(),
                d, SocialHousingSchedule.tartu().procedures(), Option.some(on.plusDays(1)), EstonianCalendar.standard());
    }
}
