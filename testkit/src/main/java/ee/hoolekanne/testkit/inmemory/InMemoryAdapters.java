package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.justice.JusticeSchedule;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.resocialization.ResocializationSchedule;
import ee.hoolekanne.domain.substitutecare.Project;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.domain.supportperson.ProviderDirectory;
import ee.hoolekanne.port.out.ActingUser;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.port.out.CaseRepositories;
import ee.hoolekanne.port.out.PortFailure;
import ee.hoolekanne.testkit.contract.Storage;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.DeadlineWatchService;
import ee.hoolekanne.usecase.NotificationRelay;
import ee.hoolekanne.usecase.ObligationSource;
import ee.hoolekanne.usecase.RelaySettings;
import ee.hoolekanne.usecase.justice.AccommodationService;
import ee.hoolekanne.usecase.justice.PrisonerSupportService;
import ee.hoolekanne.usecase.protection.ProtectionService;
import ee.hoolekanne.usecase.resocialization.ResocializationService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingPorts;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingSettings;
import ee.hoolekanne.usecase.substitutecare.SubstituteCareService;
import ee.hoolekanne.usecase.youthsupport.YouthSupportService;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One of every in-memory adapter, wired together, and the services over them: the quickest way to
 * run the use cases in a test. Fresh and empty on creation; the clock stands on the given day
 * until set; the acting user is a caseworker until {@link #actAs} says otherwise.
 */
public final class InMemoryAdapters {

    /** The acting user every service sees until {@link #actAs} changes it. */
    public static final AuditContext CASEWORKER = new AuditContext("caseworker", "the municipality's social welfare department");

    private final InMemoryApplicationRepository applications = new InMemoryApplicationRepository();
    private final InMemoryHousingStockRepository housingStocks = new InMemoryHousingStockRepository();
    private final InMemoryWaitingListRepository waitingLists = new InMemoryWaitingListRepository();
    private final InMemoryProtectionReferralRepository protectionReferrals = new InMemoryProtectionReferralRepository();
    private final InMemoryYouthSupportRepository youthSupport = new InMemoryYouthSupportRepository();
    private final InMemoryFamilyServicesRepository familyServices = new InMemoryFamilyServicesRepository();
    private final InMemoryCounsellingGroupRepository counsellingGroups = new InMemoryCounsellingGroupRepository();
    private final InMemorySubstituteHomeRepository substituteHomes = new InMemorySubstituteHomeRepository();
    private final InMemoryPrisonerSupportRepository prisonerSupport = new InMemoryPrisonerSupportRepository();
    private final InMemoryReleasedAccommodationRepository releasedAccommodation = new InMemoryReleasedAccommodationRepository();
    private final InMemoryResocializationRepository resocializations = new InMemoryResocializationRepository();
    private final InMemoryOpenObligations obligations = new InMemoryOpenObligations();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryAuditSink audit = new InMemoryAuditSink();
    private final InMemoryPopulationRegister register = new InMemoryPopulationRegister();
    private final InMemoryNotifier notifier = new InMemoryNotifier();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryTimeSource time;
    private final AtomicReference<Either<PortFailure, AuditContext>> actingUser = new AtomicReference<>(Either.right(CASEWORKER));

    private final Storage storage;

    private InMemoryAdapters(LocalDate today, Storage given) {
        this.time = new InMemoryTimeSource(today);
        this.storage = given != null ? given : new Storage(new CaseRepositories(applications, resocializations, protectionReferrals,
                youthSupport, familyServices, counsellingGroups, substituteHomes, prisonerSupport, releasedAccommodation), housingStocks,
                waitingLists, obligations, outbox, audit, transactions);
    }

    /** Fresh, empty adapters with the clock on {@code today}. */
    public static InMemoryAdapters create(LocalDate today) {
        return new InMemoryAdapters(today, null);
    }

    /**
     * The services over {@code storage} (another adapter's repositories, open obligations, outbox,
     * audit sink and transactions), with this class's population register, notifier, clock and
     * acting user: how the service contracts run on a storage adapter. The typed in-memory
     * accessors ({@link #applications()} …) then stand unused; read the storage through
     * {@link #storage()}.
     */
    public static InMemoryAdapters over(Storage storage, LocalDate today) {
        return new InMemoryAdapters(today, java.util.Objects.requireNonNull(storage, "storage"));
    }

    /** The storage the services run on: these in-memory adapters', or the one given to {@link #over}. */
    public Storage storage() {
        return storage;
    }

    /** From now on the services act as {@code context}. */
    public InMemoryAdapters actAs(AuditContext context) {
        actingUser.set(Either.right(context));
        return this;
    }

    /** From now on nobody is known to act: every command is refused before it reads anything. */
    public InMemoryAdapters actAsNobody() {
        actingUser.set(Either.left(new PortFailure("acting user", "no user is logged in")));
        return this;
    }

    /** The ports every service runs on. */
    public CasePorts casePorts() {
        ActingUser user = () -> actingUser.get();
        return new CasePorts(storage.obligations(), storage.outbox(), storage.audit(), user, time, storage.transactions());
    }

    /** The social housing service's own ports. */
    public SocialHousingPorts socialHousingPorts() {
        return new SocialHousingPorts(storage.applications(), storage.housingStocks(), storage.waitingLists(), register);
    }

    /** The social housing service over these adapters. */
    public SocialHousingService socialHousing(SocialHousingSettings settings) {
        return new SocialHousingService(socialHousingPorts(), casePorts(), settings);
    }

    /** The protection support-person service over these adapters. */
    public ProtectionService protection(ProtectionSchedule schedule) {
        return new ProtectionService(storage.protectionReferrals(), casePorts(), schedule);
    }

    /** The youth support-person service over these adapters. */
    public YouthSupportService youthSupport(ProviderDirectory providers, SubstituteCareSchedule schedule, Project project) {
        return new YouthSupportService(storage.youthSupport(), casePorts(), providers, schedule, project);
    }

    /** The substitute-care support services over these adapters. */
    public SubstituteCareService substituteCare(ProviderDirectory providers, SubstituteCareSchedule schedule, Project project) {
        return new SubstituteCareService(storage.familyServices(), storage.counsellingGroups(), storage.substituteHomes(), casePorts(),
                providers, schedule, project);
    }

    /** The prisoners' support-person service over these adapters. */
    public PrisonerSupportService prisonerSupport(JusticeSchedule schedule) {
        return new PrisonerSupportService(storage.prisonerSupport(), casePorts(), schedule);
    }

    /** The released prisoners' accommodation over these adapters. */
    public AccommodationService accommodation(JusticeSchedule schedule) {
        return new AccommodationService(storage.releasedAccommodation(), casePorts(), schedule);
    }

    /** Resocialization over these adapters. */
    public ResocializationService resocialization(ResocializationSchedule schedule) {
        return new ResocializationService(storage.resocializations(), register, casePorts(), schedule);
    }

    /** The cross-service morning list over these adapters' obligations, recomputing from {@code sources}. */
    public DeadlineWatchService deadlineWatch(List<? extends ObligationSource> sources) {
        return new DeadlineWatchService(storage.obligations(), ee.hoolekanne.domain.calendar.EstonianCalendar.standard(), sources);
    }

    /** The relay that delivers this outbox to this notifier, retrying per {@code settings}. */
    public NotificationRelay relay(RelaySettings settings) {
        return new NotificationRelay(storage.outbox(), notifier, time, settings);
    }

    /** Subject access over these adapters. */
    public InMemorySubjectAccess subjectAccess() {
        return new InMemorySubjectAccess(this);
    }

    /** Social housing cases. */
    public InMemoryApplicationRepository applications() {
        return applications;
    }

    /** Housing stocks. */
    public InMemoryHousingStockRepository housingStocks() {
        return housingStocks;
    }

    /** Waiting lists. */
    public InMemoryWaitingListRepository waitingLists() {
        return waitingLists;
    }

    /** Protection referrals. */
    public InMemoryProtectionReferralRepository protectionReferrals() {
        return protectionReferrals;
    }

    /** Youth support cases. */
    public InMemoryYouthSupportRepository youthSupport() {
        return youthSupport;
    }

    /** Carer families. */
    public InMemoryFamilyServicesRepository familyServices() {
        return familyServices;
    }

    /** Counselling groups. */
    public InMemoryCounsellingGroupRepository counsellingGroups() {
        return counsellingGroups;
    }

    /** Substitute homes. */
    public InMemorySubstituteHomeRepository substituteHomes() {
        return substituteHomes;
    }

    /** Prisoners' support cases. */
    public InMemoryPrisonerSupportRepository prisonerSupport() {
        return prisonerSupport;
    }

    /** Accommodation stays. */
    public InMemoryReleasedAccommodationRepository releasedAccommodation() {
        return releasedAccommodation;
    }

    /** Resocialization cases. */
    public InMemoryResocializationRepository resocializations() {
        return resocializations;
    }

    /** The open obligations. */
    public InMemoryOpenObligations obligations() {
        return obligations;
    }

    /** The audit sink. */
    public InMemoryAuditSink audit() {
        return audit;
    }

    /** The population register. */
    public InMemoryPopulationRegister register() {
        return register;
    }

    /** The outbox the commands write their notifications to. */
    public InMemoryOutbox outbox() {
        return outbox;
    }

    /** The notifier the relay delivers to. */
    public InMemoryNotifier notifier() {
        return notifier;
    }

    /** The clock. */
    public InMemoryTimeSource time() {
        return time;
    }

    /** The transactions. */
    public InMemoryTransactions transactions() {
        return transactions;
    }
}
