package ee.hoolekanne.domain.letter;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.justice.JusticeSchedule;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationSchedule;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The letters a person gets in a case, in any state of any service, oldest first: a letter for
 * every decision (HMS-2 .. HMS-5) and the notices of the state (TSM-11, TSM-13 .. TSM-15, HMS-1,
 * RVK-5, RVK-9, AHT-10, AHT-11, JUS-2, JUS-5). The last letter carries the deadlines open in the
 * case's state, each able to explain itself. Pure functions; they never throw for a valid case.
 */
public final class CaseLetters {

    private CaseLetters() {
    }

    /**
     * Tartu social housing: the decisions, the remedy request of an incomplete application, the
     * waiting-list notice, the lapse.
     *
     * @param position the place in line of a wait-listed case, where the caller read the list
     */
    public static List<Letter> of(Application app, SocialHousingSchedule schedule, Option<Integer> position) {
        PersonalCode to = app.household().applicant();
        EstonianCalendar calendar = schedule.calendar();
        Option<LocalDate> notified = switch (app) {
            case Application.Delivered d -> Option.some(d.delivery().date());
            case Application.Contracted c -> Option.some(c.delivery().date());
            default -> Option.none();
        };
        Option<String> notifiedDecision = app instanceof Application.Placed placed ? Option.some(placed.decision().id().value())
                : Option.none();
        List<Letter> letters = new ArrayList<>();
        for (Decision d : app.decisions()) {
            Option<LocalDate> on = notifiedDecision.contains(d.id().value()) ? notified : notified(d);
            letters.add(decision(CaseKind.SOCIAL_HOUSING, app.id(), to, d, schedule.procedures(), on, calendar));
        }
        switch (app) {
            case Application.Incomplete i -> i.remedyTerm().forEach(t -> letters.add(new Letter(CaseKind.SOCIAL_HOUSING, app.id(), to,
                    app.id() + "/HMS-1", t.setOn(), new LetterBody.RemedyRequest(i.missingParts().stream().map(Enum::name).toList(),
                    t.deadline(calendar)), List.of())));
            case Application.WaitListed w -> letters.add(new Letter(CaseKind.SOCIAL_HOUSING, app.id(), to, app.id() + "/TSM-11",
                    w.waitListedOn(), new LetterBody.WaitingListPosition(w.waitListedOn(), position), List.of()));
            case Application.Lapsed l -> letters.add(new Letter(CaseKind.SOCIAL_HOUSING, app.id(), to, app.id() + "/" + l.lapsedBy().id(),
                    l.lapsedOn(), new LetterBody.Lapse(l.decision().id().value(), l.lapsedBy(), l.lapsedOn()), List.of()));
            default -> {
            }
        }
        return withOpenDeadlines(letters, app, schedule);
    }

    /** Tallinn resocialization: every decision (RES-8, RES-4, RES-5, RES-11) and the remedy request (RES-7, HMS-1). */
    public static List<Letter> of(Resocialization r, ResocializationSchedule schedule) {
        List<Letter> letters = new ArrayList<>();
        for (Decision d : r.decisions()) {
            letters.add(decision(CaseKind.RESOCIALIZATION, r.id(), r.form().applicant(), d, schedule.procedures(), notified(d),
                    schedule.calendar()));
        }
        if (r instanceof Resocialization.Incomplete i) {
            i.remedyTerm().forEach(t -> letters.add(new Letter(CaseKind.RESOCIALIZATION, r.id(), r.form().applicant(), r.id() + "/HMS-1",
                    t.setOn(), new LetterBody.RemedyRequest(i.missingParts().stream().map(Enum::name).toList(),
                    t.deadline(schedule.calendar())), List.of())));
        }
        return withOpenDeadlines(letters, r, schedule);
    }

    /** The protection support-person service: the referral decision (RVK-5), the assignment, the end (RVK-9). */
    public static List<Letter> of(ProtectionReferral r, ProtectionSchedule schedule) {
        PersonalCode to = r.client().applicant();
        List<Letter> letters = new ArrayList<>();
        letters.add(decision(CaseKind.PROTECTION_REFERRAL, r.id(), to, r.referralDecision(), schedule.procedures(),
                notified(r.referralDecision()), schedule.calendar()));
        Option<ee.hoolekanne.domain.supportperson.Assignment> assignment = switch (r) {
            case ProtectionReferral.Assigned a -> Option.some(a.assignment());
            case ProtectionReferral.CaseManagerContacted c -> Option.some(c.assignment());
            case ProtectionReferral.Active a -> Option.some(a.assignment());
            case ProtectionReferral.Ended e -> e.assignment();
            default -> Option.none();
        };
        assignment.forEach(a -> letters.add(assigned(CaseKind.PROTECTION_REFERRAL, r.id(), to, Rule.RVK_5, a)));
        if (r instanceof ProtectionReferral.Ended e) {
            letters.add(new Letter(CaseKind.PROTECTION_REFERRAL, r.id(), to, r.id() + "/RVK-9", e.endedOn(),
                    new LetterBody.ReferralEnded(e.reason().name(), e.endedOn()), List.of()));
        }
        return withOpenDeadlines(letters, r, schedule);
    }

    /** A youth leaving care: the support person assigned (AHT-10, AHT-11). */
    public static List<Letter> of(YouthSupport y, SubstituteCareSchedule schedule) {
        Option<ee.hoolekanne.domain.supportperson.Assignment> assignment = switch (y) {
            case YouthSupport.Assigned a -> Option.some(a.assignment());
            case YouthSupport.Cooperating c -> Option.some(c.assignment());
            case YouthSupport.Ended e -> Option.some(e.assignment());
            default -> Option.none();
        };
        List<Letter> letters = new ArrayList<>();
        assignment.forEach(a -> letters.add(assigned(CaseKind.YOUTH_SUPPORT, y.id(), y.youth(), Rule.AHT_11, a)));
        return withOpenDeadlines(letters, y, schedule);
    }

    /** A released prisoner's accommodation: the admission and every extension (JUS-5). */
    public static List<Letter> of(ReleasedAccommodation a, JusticeSchedule schedule) {
        LocalDate until = ReleasedAccommodation.admittedUntil(a.admittedOn(), schedule.rules());
        List<Letter> letters = new ArrayList<>();
        letters.add(new Letter(CaseKind.ACCOMMODATION_STAY, a.id(), a.person(), a.id() + "/JUS-5", a.admittedOn(),
                new LetterBody.Admission(a.provider().value(), a.admittedOn(), until), List.of()));
        for (Decision d : a.extensions()) {
            letters.add(decision(CaseKind.ACCOMMODATION_STAY, a.id(), a.person(), d, schedule.procedures(), notified(d), schedule.calendar()));
        }
        return withOpenDeadlines(letters, a, schedule);
    }

    /** A prisoner's support: the volunteer support person assigned (JUS-2). */
    public static List<Letter> of(PrisonerSupport p, JusticeSchedule schedule) {
        Option<ee.hoolekanne.domain.supportperson.Assignment> assignment = switch (p) {
            case PrisonerSupport.Supporting s -> Option.some(s.assignment());
            case PrisonerSupport.Ended e -> Option.some(e.assignment());
            default -> Option.none();
        };
        List<Letter> letters = new ArrayList<>();
        assignment.forEach(a -> letters.add(assigned(CaseKind.PRISONER_SUPPORT, p.id(), p.prisoner(), Rule.JUS_2, a)));
        return withOpenDeadlines(letters, p, schedule);
    }

    /**
     * The letter of decision {@code d}: the procedure in force on its date (the earliest, for a
     * decision older than every entry), and the challenge deadlines once notified.
     */
    public static Letter decision(CaseKind service, ee.hoolekanne.domain.casefile.CaseId caseId, PersonalCode to, Decision d,
                                  Timeline<ProcedureRules> procedures, Option<LocalDate> notifiedOn, EstonianCalendar calendar) {
        ProcedureRules procedure = procedures.valueOn(d.madeOn()).getOrElse(() -> procedures.entries().get(0).value());
        List<Deadline> challenge = notifiedOn.map(on -> procedure.challengeDeadlines(on, calendar)).getOrElse(List.of());
        return new Letter(service, caseId, to, d.id().value(), d.madeOn(), new LetterBody.OfDecision(d, procedure, challenge), List.of());
    }

    /** HMS-6: the day {@code d} was notified, once its delivery is recorded. */
    private static Option<LocalDate> notified(Decision d) {
        return d.delivery().map(ee.hoolekanne.domain.decision.Delivery::date);
    }

    private static Letter assigned(CaseKind service, ee.hoolekanne.domain.casefile.CaseId caseId, PersonalCode to, Rule rule,
                                   ee.hoolekanne.domain.supportperson.Assignment a) {
        return new Letter(service, caseId, to, caseId + "/" + rule.id(), a.from(),
                new LetterBody.SupportPersonAssigned(rule, a.provider().value(), a.from()), List.of());
    }

    /** The letters in date order, the last with the deadlines open in the case's state. */
    private static <S> List<Letter> withOpenDeadlines(List<Letter> letters, CaseFile<S> file, S schedule) {
        List<Letter> sorted = new ArrayList<>(letters);
        sorted.sort(Comparator.comparing(Letter::date));
        if (sorted.isEmpty()) {
            return List.of();
        }
        List<Deadline> open = file.openObligations(schedule).stream().map(Obligation::deadline)
                .sorted(Comparator.comparing(Deadline::dueDate)).toList();
        Letter last = sorted.get(sorted.size() - 1);
        sorted.set(sorted.size() - 1, new Letter(last.service(), last.caseId(), last.addressee(), last.number(), last.date(), last.body(),
                open));
        return List.copyOf(sorted);
    }
}
