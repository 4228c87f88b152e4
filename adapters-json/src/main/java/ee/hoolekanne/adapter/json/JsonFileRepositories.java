package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Repositories that keep each aggregate as a JSON document in a file under one folder, written
 * atomically (temporary file, then rename): a document store for small deployments and a second,
 * independent implementation of the ports. They pass the testkit's repository contracts. One
 * process owns a folder.
 *
 * <pre>{@code
 * JsonFileRepositories files = JsonFileRepositories.in(Path.of("/var/lib/hoolekanne"));
 * HousingStockRepository stocks = files.housingStocks();
 * }</pre>
 */
public final class JsonFileRepositories {

    /** The states in which a case is over, which {@code findActive} leaves out. */
    private static final Set<String> FINAL_STATES = Set.of("Refused", "Lapsed", "Ended");

    private final Path directory;
    private final HoolekanneJson json;

    private JsonFileRepositories(Path directory, HoolekanneJson json) {
        this.directory = directory;
        this.json = json;
    }

    /** Repositories under {@code directory} (created on the first save), standard documents. */
    public static JsonFileRepositories in(Path directory) {
        return in(directory, HoolekanneJson.standard());
    }

    /**
     * Repositories under {@code directory} writing documents with {@code json}.
     *
     * @throws IllegalArgumentException if {@code json} redacts: a redacted document cannot be read back
     */
    public static JsonFileRepositories in(Path directory, HoolekanneJson json) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(json, "json");
        if (json.isRedacting()) {
            throw new IllegalArgumentException("a repository cannot store redacted documents: they do not decode");
        }
        return new JsonFileRepositories(directory, json);
    }

    /** Housing stocks, in {@code <directory>/housing-stock/}. */
    public HousingStockRepository housingStocks() {
        JsonFileStore<HousingStock> store = new JsonFileStore<>(directory.resolve(DocumentType.HOUSING_STOCK.name()),
                DocumentType.HOUSING_STOCK, json, HousingStock::id);
        return new HousingStockRepository() {
            @Override
            public Either<RepositoryError, Option<Versioned<HousingStock>>> load(String key) {
                return store.load(key);
            }

            @Override
            public Either<RepositoryError, Long> save(String key, HousingStock aggregate, long expectedVersion) {
                return store.save(key, aggregate, expectedVersion);
            }
        };
    }

    /**
     * Social housing cases, every state, in {@code <directory>/social-housing-case/}. Its finders
     * read every file: fine for the small deployments a file store is for.
     */
    public ApplicationRepository applications() {
        JsonFileStore<Application> store = new JsonFileStore<>(directory.resolve(DocumentType.SOCIAL_HOUSING_CASE.name()),
                DocumentType.SOCIAL_HOUSING_CASE, json, app -> app.id().value());
        return new ApplicationRepository() {
            @Override
            public Either<RepositoryError, Option<Versioned<Application>>> load(CaseId key) {
                return store.load(key.value());
            }

            @Override
            public Either<RepositoryError, Long> save(CaseId key, Application aggregate, long expectedVersion) {
                return store.save(key.value(), aggregate, expectedVersion);
            }

            @Override
            public Either<RepositoryError, List<Application>> findActive() {
                return store.all().map(all -> all.stream().filter(app -> !FINAL_STATES.contains(app.state())).toList());
            }
        };
    }

    /** Protection support-person referrals (RVK), every state, in {@code <directory>/protection-referral/}. */
    public ProtectionReferralRepository protectionReferrals() {
        JsonFileStore<ProtectionReferral> store = new JsonFileStore<>(directory.resolve(DocumentType.PROTECTION_REFERRAL.name()),
                DocumentType.PROTECTION_REFERRAL, json, r -> r.id().value());
        return new ProtectionReferralRepository() {
            @Override
            public Either<RepositoryError, Option<Versioned<ProtectionReferral>>> load(CaseId key) {
                return store.load(key.value());
            }

            @Override
            public Either<RepositoryError, Long> save(CaseId key, ProtectionReferral aggregate, long expectedVersion) {
                return store.save(key.value(), aggregate, expectedVersion);
            }

            @Override
            public Either<RepositoryError, List<ProtectionReferral>> findOpen() {
                return store.all().map(all -> all.stream().filter(r -> !(r instanceof ProtectionReferral.Ended)).toList());
            }

            @Override
            public Either<RepositoryError, List<ProtectionReferral>> casesAbout(PersonalCode person) {
                return store.all().map(all -> all.stream().filter(r -> r.persons().contains(person)).toList());
            }
        };
    }

    /** Support-person cases of youth leaving care (AHT-9 .. AHT-13), every state, in {@code <directory>/youth-support/}. */
    public YouthSupportRepository youthSupport() {
        JsonFileStore<YouthSupport> store = new JsonFileStore<>(directory.resolve(DocumentType.YOUTH_SUPPORT.name()),
                DocumentType.YOUTH_SUPPORT, json, y -> y.id().value());
        return new YouthSupportRepository() {
            @Override
            public Either<RepositoryError, Option<Versioned<YouthSupport>>> load(CaseId key) {
                return store.load(key.value());
            }

            @Override
            public Either<RepositoryError, Long> save(CaseId key, YouthSupport aggregate, long expectedVersion) {
                return store.save(key.value(), aggregate, expectedVersion);
            }

            @Override
            public Either<RepositoryError, List<YouthSupport>> findOpen() {
                return store.all().map(all -> all.stream().filter(y -> !(y instanceof YouthSupport.Ended)).toList());
            }

            @Override
            public Either<RepositoryError, List<YouthSupport>> casesAbout(PersonalCode person) {
                return store.all().map(all -> all.stream().filter(y -> y.persons().contains(person)).toList());
            }
        };
    }

    /** Prisoners' support-person cases (JUS-1, JUS-2), every state, in {@code <directory>/prisoner-support/}. */
    public PrisonerSupportRepository prisonerSupport() {
        JsonFileStore<PrisonerSupport> store = new JsonFileStore<>(directory.resolve(DocumentType.PRISONER_SUPPORT.name()),
                DocumentType.PRISONER_SUPPORT, json, p -> p.id().value());
        return new PrisonerSupportRepository() {
            @Override
            public Either<RepositoryError, Option<Versioned<PrisonerSupport>>> load(CaseId key) {
                return store.load(key.value());
            }

            @Override
            public Either<RepositoryError, Long> save(CaseId key, PrisonerSupport aggregate, long expectedVersion) {
                return store.save(key.value(), aggregate, expectedVersion);
            }

            @Override
            public Either<RepositoryError, List<PrisonerSupport>> casesAbout(PersonalCode person) {
                return store.all().map(all -> all.stream().filter(p -> p.persons().contains(person)).toList());
            }
        };
    }

    /** Released prisoners' accommodation stays (JUS-3 .. JUS-7), in {@code <directory>/accommodation-stay/}. */
    public ReleasedAccommodationRepository releasedAccommodation() {
        JsonFileStore<ReleasedAccommodation> store = new JsonFileStore<>(directory.resolve(DocumentType.ACCOMMODATION_STAY.name()),
                DocumentType.ACCOMMODATION_STAY, json, a -> a.id().value());
        return new ReleasedAccommodationRepository() {
            @Override
            public Either<RepositoryError, Option<Versioned<ReleasedAccommodation>>> load(CaseId key) {
                return store.load(key.value());
            }

            @Override
            public Either<RepositoryError, Long> save(CaseId key, ReleasedAccommodation aggregate, long expectedVersion) {
                return store.save(key.value(), aggregate, expectedVersion);
            }

            @Override
            public Either<RepositoryError, List<ReleasedAccommodation>> findStaying() {
                return store.all().map(all -> all.stream().filter(a -> a instanceof ReleasedAccommodation.Staying).toList());
            }

            @Override
            public Either<RepositoryError, List<ReleasedAccommodation>> casesAbout(PersonalCode person) {
                return store.all().map(all -> all.stream().filter(a -> a.persons().contains(person)).toList());
            }
        };
    }

    /** Resocialization cases in Tallinn (RES), every stage, in {@code <directory>/resocialization/}. */
    public ResocializationRepository resocializations() {
        JsonFileStore<Resocialization> store = new JsonFileStore<>(directory.resolve(DocumentType.RESOCIALIZATION.name()),
                DocumentType.RESOCIALIZATION, json, r -> r.id().value());
        return new ResocializationRepository() {
            @Override
            public Either<RepositoryError, Option<Versioned<Resocialization>>> load(CaseId key) {
                return store.load(key.value());
            }

            @Override
            public Either<RepositoryError, Long> save(CaseId key, Resocialization aggregate, long expectedVersion) {
                return store.save(key.value(), aggregate, expectedVersion);
            }

            @Override
            public Either<RepositoryError, List<Resocialization>> casesAbout(PersonalCode person) {
                return store.all().map(all -> all.stream().filter(r -> r.persons().contains(person)).toList());
            }
        };
    }

    /** What each carer family used of the substitute-care services (AHT-5, AHT-6), in {@code <directory>/family-services/}. */
    public FamilyServicesRepository familyServices() {
        JsonFileStore<FamilyServices> store = new JsonFileStore<>(directory.resolve(DocumentType.FAMILY_SERVICES.name()),
                DocumentType.FAMILY_SERVICES, json, FamilyServices::familyId);
        return new FamilyServicesRepository() {
            @Override
            public Either<RepositoryError, Option<Versioned<FamilyServices>>> load(String key) {
                return store.load(key);
            }

            @Override
            public Either<RepositoryError, Long> save(String key, FamilyServices aggregate, long expectedVersion) {
                return store.save(key, aggregate, expectedVersion);
            }
        };
    }

    /** Counselling and thematic groups (AHT-7), in {@code <directory>/counselling-group/}. */
    public CounsellingGroupRepository counsellingGroups() {
        JsonFileStore<CounsellingGroup> store = new JsonFileStore<>(directory.resolve(DocumentType.COUNSELLING_GROUP.name()),
                DocumentType.COUNSELLING_GROUP, json, CounsellingGroup::id);
        return new CounsellingGroupRepository() {
            @Override
            public Either<RepositoryError, Option<Versioned<CounsellingGroup>>> load(String key) {
                return store.load(key);
            }

            @Override
            public Either<RepositoryError, Long> save(String key, CounsellingGroup aggregate, long expectedVersion) {
                return store.save(key, aggregate, expectedVersion);
            }
        };
    }

    /** Substitute homes and their evaluations (AHT-8), in {@code <directory>/substitute-home/}. */
    public SubstituteHomeRepository substituteHomes() {
        JsonFileStore<SubstituteHome> store = new JsonFileStore<>(directory.resolve(DocumentType.SUBSTITUTE_HOME.name()),
                DocumentType.SUBSTITUTE_HOME, json, h -> h.id().value());
        return new SubstituteHomeRepository() {
            @Override
            public Either<RepositoryError, Option<Versioned<SubstituteHome>>> load(CaseId key) {
                return store.load(key.value());
            }

            @Override
            public Either<RepositoryError, Long> save(CaseId key, SubstituteHome aggregate, long expectedVersion) {
                return store.save(key.value(), aggregate, expectedVersion);
            }

            @Override
            public Either<RepositoryError, List<SubstituteHome>> findAll() {
                return store.all();
            }
        };
    }

    /** Waiting lists, in {@code <directory>/waiting-list/}. */
    public WaitingListRepository waitingLists() {
        JsonFileStore<WaitingList> store = new JsonFileStore<>(directory.resolve(DocumentType.WAITING_LIST.name()),
                DocumentType.WAITING_LIST, json, WaitingList::id);
        return new WaitingListRepository() {
            @Override
            public Either<RepositoryError, Option<Versioned<WaitingList>>> load(String key) {
                return store.load(key);
            }

            @Override
            public Either<RepositoryError, Long> save(String key, WaitingList aggregate, long expectedVersion) {
                return store.save(key, aggregate, expectedVersion);
            }
        };
    }
}
