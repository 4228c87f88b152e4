package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.actionplan.ActionPlan;
import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.resocialization.MonthlyStatement;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.Assignment;
import ee.hoolekanne.port.out.PersonalDataReport;

import java.util.List;

/**
 * One kind of document, with its name (the document's {@code type} field), the schema version
 * this library writes, and its JSON Schema (draft 2020-12) in the jar at {@link #schemaResource()}.
 *
 * <p>The format is a public contract: a version is never changed once released; a change of
 * format is a new schema version, listed in the CHANGELOG, and documents of every earlier
 * version keep decoding (the golden files in the tests hold one of each).
 *
 * @param <T> the domain type a document holds
 */
public final class DocumentType<T> {

    /** A deadline with its term, legal basis, skipped days and explanation (CAL-8). */
    public static final DocumentType<Deadline> DEADLINE = new DocumentType<>("deadline", 2, Codecs.DEADLINE);
    /** The deadline watch's answer: obligations with their deadlines, as the watch lists them. */
    public static final DocumentType<List<Obligation>> DEADLINE_WATCH = new DocumentType<>("deadline-watch", 2, Codecs.DEADLINE_WATCH);
    /** A social housing waiting list with its entries and the log of its changes (TSM-11). */
    public static final DocumentType<WaitingList> WAITING_LIST = new DocumentType<>("waiting-list", 1, Codecs.WAITING_LIST);
    /** A housing stock: its units and who uses which when. */
    public static final DocumentType<HousingStock> HOUSING_STOCK = new DocumentType<>("housing-stock", 1, Codecs.HOUSING_STOCK);
    /** An applicant's household: personal codes (personal data: masked by the redacting encoder). */
    public static final DocumentType<Household> HOUSEHOLD = new DocumentType<>("household", 1, Codecs.HOUSEHOLD);

    /**
     * A social housing case in any state (TSM-1 .. TSM-25): form, household, history with its
     * decisions, assessment, delivery, contract, action plan, absences, family changes, charges
     * and payments, as far as the state has them.
     */
    public static final DocumentType<Application> SOCIAL_HOUSING_CASE = new DocumentType<>("social-housing-case", 2, ApplicationCodec.INSTANCE);

    /**
     * A support-person referral for a person with international or temporary protection, in any
     * state (RVK-1 .. RVK-10): client and family, need assessment, referral decision, service
     * language, and as far as the state has them the provider, the support-person assignment,
     * the three-party meeting, information requests, change notices, reports and evaluations.
     */
    public static final DocumentType<ProtectionReferral> PROTECTION_REFERRAL = new DocumentType<>("protection-referral", 2,
            ProtectionCodec.INSTANCE);

    /**
     * A youth leaving care and their support person, in any state (AHT-9 .. AHT-13): the youth's
     * situation and county, and as far as the state has them the provider, the assignment, the
     * cooperation agreement, the client diary, reports and yearly assessments.
     */
    public static final DocumentType<YouthSupport> YOUTH_SUPPORT = new DocumentType<>("youth-support", 2, YouthCodec.INSTANCE);

    /** A prisoner's support-person case, in any state (JUS-1, JUS-2): the assignment and the contacts recorded. */
    public static final DocumentType<PrisonerSupport> PRISONER_SUPPORT = new DocumentType<>("prisoner-support", 1,
            JusticeCodecs.PRISONER_SUPPORT);
    /** A released prisoner's accommodation stay, staying or left (JUS-3 .. JUS-7), with its extension decisions and action plan. */
    public static final DocumentType<ReleasedAccommodation> ACCOMMODATION_STAY = new DocumentType<>("accommodation-stay", 2,
            JusticeCodecs.ACCOMMODATION);

    /**
     * A resocialization case in Tallinn, in any stage (RES-1 .. RES-10): the application, the
     * decisions, the stays by stage and room, the action plan and the laundry used. The
     * applicant's name and the application's free-text reasons are masked by the redacting encoder.
     */
    public static final DocumentType<Resocialization> RESOCIALIZATION = new DocumentType<>("resocialization", 2,
            ResocializationCodec.INSTANCE);

    /** What one carer family used of the substitute-care support services (AHT-5, AHT-6): sessions and mentor. */
    public static final DocumentType<FamilyServices> FAMILY_SERVICES = new DocumentType<>("family-services", 2,
            SubstituteCareCodecs.FAMILY_SERVICES);
    /** A counselling or thematic support group with its rules, participants and meetings (AHT-7). */
    public static final DocumentType<CounsellingGroup> COUNSELLING_GROUP = new DocumentType<>("counselling-group", 1,
            SubstituteCareCodecs.COUNSELLING_GROUP);
    /** A substitute home and the dates of its internal evaluations (AHT-8). */
    public static final DocumentType<SubstituteHome> SUBSTITUTE_HOME = new DocumentType<>("substitute-home", 1,
            SubstituteCareCodecs.SUBSTITUTE_HOME);

    /**
     * Everything stored about a person (TSM-18): their cases of every service, each written as in
     * its own document type, and the uses of their data (Andmejälgija shape). The export for a
     * subject-access request; redacted, for a third party.
     */
    public static final DocumentType<PersonalDataReport> PERSONAL_DATA_REPORT = new DocumentType<>("personal-data-report", 2,
            ReportCodec.INSTANCE);

    /** A decision with its outcome, grounds and legal basis, as it is written inside a case. */
    public static final DocumentType<Decision> DECISION = new DocumentType<>("decision", 2, ValueCodecs.DECISION);
    /** A social housing service contract (TSM-12), as inside a case; its signatories are personal codes. */
    public static final DocumentType<ServiceContract> SERVICE_CONTRACT = new DocumentType<>("service-contract", 1, ValueCodecs.CONTRACT);
    /** An action plan with its goals, activities and evaluations (TSM-16, JUS-6, RES-4), as inside a case. */
    public static final DocumentType<ActionPlan> ACTION_PLAN = new DocumentType<>("action-plan", 1, ValueCodecs.ACTION_PLAN);
    /** A support-person assignment: who, of which kind, from which provider, from when (RVK-5, AHT-10, JUS-1). */
    public static final DocumentType<Assignment> SUPPORT_PERSON_ASSIGNMENT = new DocumentType<>("support-person-assignment", 1,
            ValueCodecs.ASSIGNMENT);
    /** A resident's monthly statement in Tallinn (RES-10): lines and total in euros, the total being their sum. */
    public static final DocumentType<MonthlyStatement> MONTHLY_STATEMENT = new DocumentType<>("monthly-statement", 1, ValueCodecs.STATEMENT);

    /** Every document type, in the order above. */
    public static final List<DocumentType<?>> ALL = List.of(DEADLINE, DEADLINE_WATCH, WAITING_LIST, HOUSING_STOCK, HOUSEHOLD,
            SOCIAL_HOUSING_CASE, PROTECTION_REFERRAL, YOUTH_SUPPORT, PRISONER_SUPPORT, ACCOMMODATION_STAY,
            RESOCIALIZATION, FAMILY_SERVICES, COUNSELLING_GROUP, SUBSTITUTE_HOME, PERSONAL_DATA_REPORT,
            DECISION, SERVICE_CONTRACT, ACTION_PLAN, SUPPORT_PERSON_ASSIGNMENT, MONTHLY_STATEMENT);

    private final String name;
    private final int schemaVersion;
    private final Codec<T, ?> codec;

    private DocumentType(String name, int schemaVersion, Codec<T, ?> codec) {
        this.name = name;
        this.schemaVersion = schemaVersion;
        this.codec = codec;
    }

    /** The document's {@code type} field, e.g. {@code "waiting-list"}. */
    public String name() {
        return name;
    }

    /** The schema version this library writes (and the newest it reads). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Where the JSON Schema of the version this library writes lies on the class path. */
    public String schemaResource() {
        return schemaResource(schemaVersion);
    }

    /**
     * Where the JSON Schema of {@code version} lies on the class path: every version from 1 to
     * {@link #schemaVersion()} is published, for documents stored by earlier releases.
     *
     * @throws IllegalArgumentException if this library does not know {@code version}
     */
    public String schemaResource(int version) {
        if (version < 1 || version > schemaVersion) {
            throw new IllegalArgumentException("this library knows " + name + " versions 1 to " + schemaVersion);
        }
        return "/ee/hoolekanne/adapter/json/schema/" + name + ".v" + version + ".schema.json";
    }

    Codec<T, ?> codec() {
        return codec;
    }

    @Override
    public String toString() {
        return name + " v" + schemaVersion;
    }
}
