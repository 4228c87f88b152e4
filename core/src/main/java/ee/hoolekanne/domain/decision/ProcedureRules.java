package ee.hoolekanne.domain.decision;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.law.Rule;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Administrative Procedure Act as one service of one municipality applies it, as data: which
 * role may make which kind of act (HMS-4), how its acts are challenged (HMS-3), and the
 * provisions the letters cite. A service's schedule holds a {@link
 * ee.hoolekanne.domain.calendar.Timeline} of them, so an amended regulation or a new court is a
 * new entry with its date, not a code change.
 *
 * @param authority  the issuing authority, e.g. {@code Tartu Linnavalitsus}
 * @param competence for each kind of act, the roles that may make it; a kind not listed is made
 *                   by no one in this service
 * @param challenge  the challenge and appeal route and terms
 * @param provisions the provision of each HMS rule, e.g. HMS-3 → {@code HMS § 57, § 75; HKMS § 46(1)}
 */
public record ProcedureRules(String authority, Map<ActKind, Set<String>> competence, ChallengeRoute challenge,
                             Map<Rule, String> provisions) {

    /** Every part is required; the maps are copied. */
    public ProcedureRules {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(challenge, "challenge");
        Map<ActKind, Set<String>> copy = new EnumMap<>(ActKind.class);
        competence.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        competence = Map.copyOf(copy);
        provisions = Map.copyOf(provisions);
    }

    /** The HMS and HKMS provisions every Estonian authority applies. */
    public static final Map<Rule, String> HMS_PROVISIONS = Map.of(
            Rule.HMS_1, "HMS § 15(2)", Rule.HMS_2, "HMS §§ 55–56", Rule.HMS_3, "HMS § 57, § 75; HKMS § 46(1)",
            Rule.HMS_4, "HMS § 8", Rule.HMS_5, "HMS § 40", Rule.HMS_6, "HMS § 61");

    /** The Administrative Procedure Act (HMS) entered into force on 2002-01-01. */
    public static final LocalDate HMS_IN_FORCE = LocalDate.of(2002, 1, 1);

    private static final Term THIRTY_DAYS = Term.days(30);

    /** The welfare committee of Tartu's social housing (TSM-7, TSM-8, TSM-22, TSM-25). */
    public static final String TARTU_COMMITTEE = "Tartu Linnavalitsuse sotsiaal- ja tervishoiuosakonna sotsiaalhoolekande komisjon";
    /** The social work specialist of a Tartu area centre, who handles the application (TSM-6, TSM-7). */
    public static final String TARTU_SPECIALIST = "piirkonnakeskuse sotsiaaltöö spetsialist";

    /**
     * Tartu's social housing (regulation no 86): the committee makes every decision (TSM-8,
     * TSM-22, TSM-25); the specialist who handles an application may also leave it unprocessed
     * after its remedy term (HMS-1; the regulation is silent, the library's reading). Challenges go
     * to Tartu Linnavalitsus, appeals to Tartu Halduskohus, each within 30 days.
     */
    public static final ProcedureRules TARTU_SOCIAL_HOUSING = new ProcedureRules("Tartu Linnavalitsus",
            Map.of(ActKind.GRANT, Set.of(TARTU_COMMITTEE), ActKind.REFUSE, Set.of(TARTU_COMMITTEE),
                    ActKind.WAIT_LIST, Set.of(TARTU_COMMITTEE), ActKind.TERMINATE, Set.of(TARTU_COMMITTEE),
                    ActKind.EXTEND, Set.of(TARTU_COMMITTEE),
                    ActKind.LEAVE_UNPROCESSED, Set.of(TARTU_COMMITTEE, TARTU_SPECIALIST)),
            new ChallengeRoute("Tartu Linnavalitsus", THIRTY_DAYS, "Tartu Halduskohus", "Kalevi 1, 51010 Tartu", THIRTY_DAYS),
            HMS_PROVISIONS);

    /** The head of a Tallinn district's social welfare department (RES-8). */
    public static final String TALLINN_HEAD = "linnaosa valitsuse sotsiaalhoolekande osakonna juhataja";
    /** Their deputy (RES-8). */
    public static final String TALLINN_DEPUTY = "linnaosa valitsuse sotsiaalhoolekande osakonna juhataja asetäitja";

    /**
     * Tallinn's resocialization: the head of the district's welfare department or their deputy
     * grants, refuses (RES-8), moves between stages, ends the service (RES-11) and leaves an
     * incomplete application unprocessed (HMS-1): the source names no one for these; the library's
     * reading. Challenges are resolved by the district government
     * that decided; appeals go to Tallinna Halduskohus.
     */
    public static final ProcedureRules TALLINN_RESOCIALIZATION = new ProcedureRules("Tallinna linnaosa valitsus",
            Map.of(ActKind.GRANT, Set.of(TALLINN_HEAD, TALLINN_DEPUTY), ActKind.REFUSE, Set.of(TALLINN_HEAD, TALLINN_DEPUTY),
                    ActKind.MOVE_STAGE, Set.of(TALLINN_HEAD, TALLINN_DEPUTY), ActKind.TERMINATE, Set.of(TALLINN_HEAD, TALLINN_DEPUTY),
                    ActKind.LEAVE_UNPROCESSED, Set.of(TALLINN_HEAD, TALLINN_DEPUTY)),
            new ChallengeRoute("otsuse teinud linnaosa valitsus", THIRTY_DAYS, "Tallinna Halduskohus",
                    "Pärnu mnt 7, 15082 Tallinn", THIRTY_DAYS),
            HMS_PROVISIONS);

    /** The social work specialist of a local government who decides a referral (RVK-5). */
    public static final String KOV_SOCIAL_WORKER = "kohaliku omavalitsuse sotsiaaltöö spetsialist";

    /**
     * A referral to the support-person service for people with international protection (RVK-5),
     * decided by Tartu's social department as the local government of residence: challenges to
     * Tartu Linnavalitsus, appeals to Tartu Halduskohus. Another municipality makes its own.
     */
    public static final ProcedureRules TARTU_PROTECTION_REFERRAL = new ProcedureRules("Tartu Linnavalitsus",
            Map.of(ActKind.REFER, Set.of(KOV_SOCIAL_WORKER)),
            new ChallengeRoute("Tartu Linnavalitsus", THIRTY_DAYS, "Tartu Halduskohus", "Kalevi 1, 51010 Tartu", THIRTY_DAYS),
            HMS_PROVISIONS);

    /** The provider of accommodation for released prisoners, who extends a stay (JUS-5). */
    public static final String JUSTICE_PROVIDER = "majutusteenuse osutaja";

    /**
     * Accommodation of released prisoners (JUS-5): the provider extends a stay as the Ministry of
     * Justice's contractor. UNCONFIRMED: the sources name no challenge route; the library sends a
     * challenge to the ministry and an appeal to Tallinna Halduskohus, the court of its seat.
     */
    public static final ProcedureRules JUSTICE_ACCOMMODATION = new ProcedureRules("Justiits- ja Digiministeerium",
            Map.of(ActKind.EXTEND, Set.of(JUSTICE_PROVIDER), ActKind.GRANT, Set.of(JUSTICE_PROVIDER)),
            new ChallengeRoute("Justiits- ja Digiministeerium", THIRTY_DAYS, "Tallinna Halduskohus",
                    "Pärnu mnt 7, 15082 Tallinn", THIRTY_DAYS),
            HMS_PROVISIONS);

    /**
     * Checks that {@code decision} is an act this service may make: by a competent role (HMS-4),
     * stating its facts (HMS-2), and, where it refuses or ends a service, with its hearing or the
     * reason why none was held, dated no later than the decision (HMS-5).
     *
     * @return the first defect found, or none
     */
    public Option<ActDefect> defectOf(Decision decision) {
        ActKind kind = ActKind.of(decision.outcome());
        String role = decision.madeBy().role();
        if (!competence.getOrDefault(kind, Set.of()).contains(role)) {
            return Option.some(new ActDefect.NoCompetence(kind, role));
        }
        if (!decision.reasons().statesFacts()) {
            return Option.some(new ActDefect.NoReasons());
        }
        if (kind.adverse() && decision.reasons().hearing().isEmpty()) {
            return Option.some(new ActDefect.NoHearing(kind));
        }
        if (decision.reasons().hearing().exists(h -> h instanceof Hearing.Held held && held.on().isAfter(decision.madeOn()))) {
            return Option.some(new ActDefect.HearingAfterDecision());
        }
        return Option.none();
    }

    /** The roles that may make an act of {@code kind}, e.g. for a caseworker's form. */
    public Set<String> competentFor(ActKind kind) {
        return competence.getOrDefault(kind, Set.of());
    }

    /** The legal basis of {@code rule} under this procedure, e.g. {@code HMS-3, HMS § 57 …}. */
    public LegalBasis basis(Rule rule) {
        return LegalBasis.of(rule, provisions.getOrDefault(rule, "HMS"));
    }

    /**
     * HMS-3: the last days to challenge and to appeal a decision notified on {@code notifiedOn}
     * (HMS-6), each counted as the calendar counts terms (CAL-4 .. CAL-6) and explained.
     *
     * @return the challenge deadline, then the appeal deadline
     */
    public List<Deadline> challengeDeadlines(LocalDate notifiedOn, EstonianCalendar calendar) {
        LegalBasis basis = basis(Rule.HMS_3);
        return List.of(
                calendar.deadline(notifiedOn, challenge.challengeTerm(), basis, "decision notified"),
                calendar.deadline(notifiedOn, challenge.appealTerm(), basis, "decision notified"));
    }
}
