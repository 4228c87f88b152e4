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
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.VersionedRepository;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Repositories that keep each aggregate as a JSON document in a file under one folder (one
 * sub-folder per document type), written atomically (temporary file, then rename): a document
 * store for small deployments and a second, independent implementation of every repository port
 * of the five services. They pass the testkit's repository contracts. Their finders read every
 * file of their kind, which suits the small deployments a file store is for. One process owns a
 * folder.
 *
 * <pre>{@code
 * JsonFileRepositories files = JsonFileRepositories.in(Path.of("/var/lib/hoolekanne"));
 * HousingStockRepository stocks = files.housingStocks();
 * }</pre>
 */
public final class JsonFileRepositories {

    /** The states in which a social housing case is over, which {@code findActive} leaves out. */
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

    /** Social housing cases, every state, in {@code <directory>/social-housing-case/}. */
    public ApplicationRepository applications() {
        return new Applications(store(DocumentType.SOCIAL_HOUSING_CASE, app -> app.id().value()));
    }

    /** Protection support-person referrals (RVK), every state, in {@code <directory>/protection-referral/}. */
    public ProtectionReferralRepository protectionReferrals() {
        return new Referrals(store(DocumentType.PROTECTION_REFERRAL, r -> r.id().value()));
    }

    /** Support-person cases of youth leaving care (AHT-9 .. AHT-13), every state, in {@code <directory>/youth-support/}. */
    public YouthSupportRepository youthSupport() {
        return new Youth(store(DocumentType.YOUTH_SUPPORT, y -> y.id().value()));
    }

    /** Prisoners' support-person cases (JUS-1, JUS-2), every state, in {@code <directory>/prisoner-support/}. */
    public PrisonerSupportRepository prisonerSupport() {
        return new Prisoners(store(DocumentType.PRISONER_SUPPORT, p -> p.id().value()));
    }

    /** Released prisoners' accommodation stays (JUS-3 .. JUS-7), in {@code <directory>/accommodation-stay/}. */
    public ReleasedAccommodationRepository releasedAccommodation() {
        return new Stays(store(DocumentType.ACCOMMODATION_STAY, a -> a.id().value()));
    }

    /** Resocialization cases in Tallinn (RES), every stage, in {@code <directory>/resocialization/}. */
    public ResocializationRepository resocializations() {
        return new Resocializations(store(DocumentType.RESOCIALIZATION, r -> r.id().value()));
    }

    /** What each carer family used of the substitute-care services (AHT-5, AHT-6), in {@code <directory>/family-services/}. */
    public FamilyServicesRepository familyServices() {
        return new Families(store(DocumentType.FAMILY_SERVICES, FamilyServices::familyId));
    }

    /** Counselling and thematic groups (AHT-7), in {@code <directory>/counselling-group/}. */
    public CounsellingGroupRepository counsellingGroups() {
        return new Groups(store(DocumentType.COUNSELLING_GROUP, CounsellingGroup::id));
    }

    /** Substitute homes and their evaluations (AHT-8), in {@code <directory>/substitute-home/}. */
    public SubstituteHomeRepository substituteHomes() {
        return new Homes(store(DocumentType.SUBSTITUTE_HOME, h -> h.id().value()));
    }

    /** Housing stocks, in {@code <directory>/housing-stock/}. */
    public HousingStockRepository housingStocks() {
        return new Stocks(store(DocumentType.HOUSING_STOCK, HousingStock::id));
    }

    /** Waiting lists, in {@code <directory>/waiting-list/}. */
    public WaitingListRepository waitingLists() {
        return new Lists(store(DocumentType.WAITING_LIST, WaitingList::id));
    }

    private <T> JsonFileStore<T> store(DocumentType<T> type, Function<T, String> keyOf) {
        return new JsonFileStore<>(directory.resolve(type.name()), type, json, keyOf);
    }

    /** Load and save of one kind by its store, keyed by case id or by text. */
    private abstract static class Stored<K, T> implements VersionedRepository<K, T> {
        final JsonFileStore<T> store;
        private final Function<K, String> key;

        Stored(JsonFileStore<T> store, Function<K, String> key) {
            this.store = store;
            this.key = key;
        }

        @Override
        public Either<RepositoryError, Option<Versioned<T>>> load(K k) {
            return store.load(key.apply(k));
        }

        @Override
        public Either<RepositoryError, Long> save(K k, T aggregate, long expectedVersion) {
            return store.save(key.apply(k), aggregate, expectedVersion);
        }

        /** The stored aggregates that {@code test} keeps, in key order. */
        Either<RepositoryError, List<T>> where(Predicate<T> test) {
            return store.all().map(all -> all.stream().filter(test).toList());
        }
    }

    private static final class Applications extends Stored<CaseId, Application> implements ApplicationRepository {
        Applications(JsonFileStore<Application> store) {
            super(store, CaseId::value);
        }

        @Override
        public Either<RepositoryError, List<Application>> findActive() {
            return where(app -> !FINAL_STATES.contains(app.state()));
        }
    }

    private static final class Referrals extends Stored<CaseId, ProtectionReferral> implements ProtectionReferralRepository {
        Referrals(JsonFileStore<ProtectionReferral> store) {
            super(store, CaseId::value);
        }

        @Override
        public Either<RepositoryError, List<ProtectionReferral>> findOpen() {
            return where(r -> !(r instanceof ProtectionReferral.Ended));
        }

        @Override
        public Either<RepositoryError, List<ProtectionReferral>> casesAbout(PersonalCode person) {
            return where(r -> r.persons().contains(person));
        }
    }

    private static final class Youth extends Stored<CaseId, YouthSupport> implements YouthSupportRepository {
        Youth(JsonFileStore<YouthSupport> store) {
            super(store, CaseId::value);
        }

        @Override
        public Either<RepositoryError, List<YouthSupport>> findOpen() {
            return where(y -> !(y instanceof YouthSupport.Ended));
        }

        @Override
        public Either<RepositoryError, List<YouthSupport>> casesAbout(PersonalCode person) {
            return where(y -> y.persons().contains(person));
        }
    }

    private static final class Prisoners extends Stored<CaseId, PrisonerSupport> implements PrisonerSupportRepository {
        Prisoners(JsonFileStore<PrisonerSupport> store) {
            super(store, CaseId::value);
        }

        @Override
        public Either<RepositoryError, List<PrisonerSupport>> casesAbout(PersonalCode person) {
            return where(p -> p.persons().contains(person));
        }
    }

    private static final class Stays extends Stored<CaseId, ReleasedAccommodation> implements ReleasedAccommodationRepository {
        Stays(JsonFileStore<ReleasedAccommodation> store) {
            super(store, CaseId::value);
        }

        @Override
        public Either<RepositoryError, List<ReleasedAccommodation>> findStaying() {
            return where(a -> a instanceof ReleasedAccommodation.Staying);
        }

        @Override
        public Either<RepositoryError, List<ReleasedAccommodation>> casesAbout(PersonalCode person) {
            return where(a -> a.persons().contains(person));
        }
    }

    private static final class Resocializations extends Stored<CaseId, Resocialization> implements ResocializationRepository {
        Resocializations(JsonFileStore<Resocialization> store) {
            super(store, CaseId::value);
        }

        @Override
        public Either<RepositoryError, List<Resocialization>> casesAbout(PersonalCode person) {
            return where(r -> r.persons().contains(person));
        }
    }

    private static final class Families extends Stored<String, FamilyServices> implements FamilyServicesRepository {
        Families(JsonFileStore<FamilyServices> store) {
            super(store, Function.identity());
        }
    }

    private static final class Groups extends Stored<String, CounsellingGroup> implements CounsellingGroupRepository {
        Groups(JsonFileStore<CounsellingGroup> store) {
            super(store, Function.identity());
        }
    }

    private static final class Homes extends Stored<CaseId, SubstituteHome> implements SubstituteHomeRepository {
        Homes(JsonFileStore<SubstituteHome> store) {
            super(store, CaseId::value);
        }

        @Override
        public Either<RepositoryError, List<SubstituteHome>> findAll() {
            return store.all();
        }
    }

    private static final class Stocks extends Stored<String, HousingStock> implements HousingStockRepository {
        Stocks(JsonFileStore<HousingStock> store) {
            super(store, Function.identity());
        }
    }

    private static final class Lists extends Stored<String, WaitingList> implements WaitingListRepository {
        Lists(JsonFileStore<WaitingList> store) {
            super(store, Function.identity());
        }
    }
}
