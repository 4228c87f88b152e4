package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.OfficeHours;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.money.Percentage;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers and references of one municipality's social housing regulation, as data. An
 * integrator models another municipality, or an amended regulation, by making another value
 * (usually with {@link #with}) and a {@link Timeline} of them; no library code changes.
 *
 * @param name                    e.g. "Tartu City Council regulation no 86 of 23.01.2020"
 * @param municipality            residence required in the population register (TSM-2 1)
 * @param adultAge                the age of majority; a younger member is a child (TSM-5, TSM-6)
 * @param decisionTerm            the committee decides within it from the complete application (TSM-8)
 * @param deliveryTerm            a granted decision not delivered within it lapses (TSM-15)
 * @param contractTerm            no contract within it from delivery: the decision lapses (TSM-13)
 * @param startOfUseTerm          no use within it from the contract's start date: lapses (TSM-14)
 * @param actionPlanTerm          the action plan is drawn up within it from signing (TSM-16)
 * @param preExpiryAssessmentTerm backward term before the service ends (TSM-24)
 * @param familyChangeNoticeTerm  the recipient notifies a family change within it (TSM-20)
 * @param absenceNoticeDays       an absence of more than this many consecutive days must be notified (TSM-20, TSM-22 4)
 * @param bedPlaceFee             the monthly fee for a bed place as a share of the subsistence level (TSM-4)
 * @param provisions              the source paragraph of each rule ID
 * @param officeHours             the published working hours of each provider, where an act
 *                                towards it must be done (CAL-9, TsÜS § 137(2)): e.g. notifying
 *                                it of a family change (TSM-20 8); a provider without hours here
 *                                is treated as if its terms end at 24:00
 */
public record SocialHousingRules(String name, String municipality, int adultAge, Term decisionTerm,
                                 Term deliveryTerm, Term contractTerm, Term startOfUseTerm, Term actionPlanTerm,
                                 Term preExpiryAssessmentTerm, Term familyChangeNoticeTerm, int absenceNoticeDays,
                                 Percentage bedPlaceFee, Map<Rule, String> provisions,
                                 Map<ShelterProvider, OfficeHours> officeHours) {

    /** All parts are required; the pre-expiry term counts backward, the others forward. */
    public SocialHousingRules {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(decisionTerm, "decisionTerm");
        Objects.requireNonNull(deliveryTerm, "deliveryTerm");
        Objects.requireNonNull(contractTerm, "contractTerm");
        Objects.requireNonNull(startOfUseTerm, "startOfUseTerm");
        Objects.requireNonNull(actionPlanTerm, "actionPlanTerm");
        Objects.requireNonNull(preExpiryAssessmentTerm, "preExpiryAssessmentTerm");
        Objects.requireNonNull(familyChangeNoticeTerm, "familyChangeNoticeTerm");
        Objects.requireNonNull(bedPlaceFee, "bedPlaceFee");
        provisions = Map.copyOf(provisions);
        officeHours = Map.copyOf(officeHours);
        if (!preExpiryAssessmentTerm.isBackward()) {
            throw new IllegalArgumentException("the pre-expiry assessment term counts backward from the end");
        }
        if (adultAge < 1 || absenceNoticeDays < 1) {
            throw new IllegalArgumentException("ages and day counts are positive");
        }
    }

    /** Tartu City Council regulation no 86 of 23.01.2020, in force from 2020-02-01 (TSM-1). */
    public static final SocialHousingRules TARTU_86 = new SocialHousingRules(
            "Tartu City Council regulation no 86 of 23.01.2020", "Tartu linn", 18,
            Term.workingDays(10), Term.workingDays(10), Term.workingDays(10), Term.workingDays(10),
            Term.months(1), Term.months(1).before(), Term.workingDays(10), 10, Percentage.of(30),
            Map.ofEntries(
                    Map.entry(Rule.TSM_1, "§ 1"), Map.entry(Rule.TSM_2, "§ 2"), Map.entry(Rule.TSM_3, "§ 3"),
                    Map.entry(Rule.TSM_4, "§ 4"), Map.entry(Rule.TSM_5, "§ 5"), Map.entry(Rule.TSM_6, "§ 6"),
                    Map.entry(Rule.TSM_7, "§ 7(1)"), Map.entry(Rule.TSM_8, "§ 7(2)"), Map.entry(Rule.TSM_9, "§ 7(3)"),
                    Map.entry(Rule.TSM_10, "§ 7(4)"), Map.entry(Rule.TSM_11, "§ 7(5)"), Map.entry(Rule.TSM_12, "§ 8"),
                    Map.entry(Rule.TSM_13, "§ 9(1) 1)"), Map.entry(Rule.TSM_14, "§ 9(1) 2)"), Map.entry(Rule.TSM_15, "§ 9(2)"),
                    Map.entry(Rule.TSM_16, "§ 10(1)"), Map.entry(Rule.TSM_17, "§ 10(2)"), Map.entry(Rule.TSM_18, "§ 10(3)"),
                    Map.entry(Rule.TSM_19, "§ 11"), Map.entry(Rule.TSM_20, "§ 12"), Map.entry(Rule.TSM_21, "§ 13(1)"),
                    Map.entry(Rule.TSM_22, "§ 13(2)"), Map.entry(Rule.TSM_23, "§ 13(3)"), Map.entry(Rule.TSM_24, "§ 14(1)"),
                    Map.entry(Rule.TSM_25, "§ 14(2)-(3)")),
            tartuOfficeHours());

    /**
     * The working hours assumed for Tartu's two providers: Monday to Friday until 17:00, three
     * hours shorter on a shortened day (CAL-3). UNCONFIRMED: the providers' own published hours
     * are not in the sources; these follow the City Government's information centre (open until
     * 17:00 on weekdays). A municipality replaces them with the hours its institutions publish.
     */
    private static Map<ShelterProvider, OfficeHours> tartuOfficeHours() {
        return Map.of(
                ShelterProvider.TURVAKODU, OfficeHours.weekdays("Tartu Laste Turvakodu", LocalTime.of(17, 0), Duration.ofHours(3)),
                ShelterProvider.VARJUPAIK, OfficeHours.weekdays("Tartu Varjupaik", LocalTime.of(17, 0), Duration.ofHours(3)));
    }

    /** The date regulation no 86 entered into force (TSM-1). */
    public static final LocalDate TARTU_86_IN_FORCE = LocalDate.of(2020, 2, 1);

    /** The rule sets of Tartu by date: regulation no 86 from 2020-02-01 (regulation no 125 of 2009 before is not modelled). */
    public static Timeline<SocialHousingRules> tartu() {
        return Timeline.startingOn(TARTU_86_IN_FORCE, TARTU_86);
    }

    /**
     * The legal basis of {@code rule} in this regulation, e.g. {@code TSM-8, … § 7(2)}; a rule the
     * regulation gives no paragraph (e.g. a rule of the Administrative Procedure Act) cites the
     * regulation as a whole.
     */
    public LegalBasis basis(Rule rule) {
        String provision = provisions.get(rule);
        return LegalBasis.of(rule, provision == null ? name : name + " " + provision);
    }

    /** A copy with other terms, e.g. for a municipality whose decision term is 15 working days. */
    public SocialHousingRules with(String newName, Term newDecisionTerm, Percentage newBedPlaceFee) {
        return new SocialHousingRules(newName, municipality, adultAge, newDecisionTerm, deliveryTerm, contractTerm,
                startOfUseTerm, actionPlanTerm, preExpiryAssessmentTerm, familyChangeNoticeTerm, absenceNoticeDays,
                newBedPlaceFee, provisions, officeHours);
    }

    /** A copy with {@code provider}'s published working hours (CAL-9). */
    public SocialHousingRules withOfficeHours(ShelterProvider provider, OfficeHours hours) {
        Map<ShelterProvider, OfficeHours> all = new java.util.EnumMap<>(ShelterProvider.class);
        all.putAll(officeHours);
        all.put(provider, hours);
        return new SocialHousingRules(name, municipality, adultAge, decisionTerm, deliveryTerm, contractTerm, startOfUseTerm,
                actionPlanTerm, preExpiryAssessmentTerm, familyChangeNoticeTerm, absenceNoticeDays, bedPlaceFee, provisions, all);
    }

    /**
     * CAL-9: {@code deadline} for an act done at {@code provider}: it ends when the provider's
     * working day ends on the due date, or at 24:00 when the rule set holds no hours for it.
     */
    public Deadline atProvider(Deadline deadline, ShelterProvider provider, EstonianCalendar calendar) {
        OfficeHours hours = officeHours.get(provider);
        return hours == null ? deadline : deadline.atInstitution(hours, calendar);
    }
}
