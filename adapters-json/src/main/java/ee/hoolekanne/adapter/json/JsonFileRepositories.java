package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.CaseRepositories;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.OpenObligations;
import ee.hoolekanne.port.out.Outbox;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.Transactions;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import io.vavr.control.Either;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * Repositories that keep each aggregate as a JSON document in a file under one folder (one
 * sub-folder per document type), written atomically (temporary file, forced to disk, renamed):
 * a document store for small deployments and a second, independent implementation of every
 * repository port of the five services, of {@link OpenObligations} and of {@link Outbox}. They pass the testkit's
 * contracts. Their finders read every file of their kind, which suits the small deployments a
 * file store is for.
 *
 * <p>One owner uses a folder: {@link #open} takes an operating-system lock on {@code .lock} in
 * it and refuses a second owner, in this process or another, until {@link #close()}. Writes of
 * all repositories of one owner take one lock, so none loses another's update, and
 * {@link #transactions()} undoes the writes of a unit of work that fails (best effort: see
 * {@link Transactions}; a crash in the middle of a unit of work can leave part of it written).
 *
 * <pre>{@code
 * try (JsonFileRepositories files = JsonFileRepositories.in(Path.of("/var/lib/hoolekanne"))) {
 *     HousingStockRepository stocks = files.housingStocks();
 * }
 * }</pre>
 */
public final class JsonFileRepositories implements AutoCloseable {

    /** Why a folder could not be opened. */
    public sealed interface FolderError {

        /** A sentence free of personal data. */
        String message();

        /** Another owner (this process or another) holds the folder. */
        record OwnedByAnother() implements FolderError {
            @Override
            public String message() {
                return "the folder is in use by another owner; close it there first";
            }
        }

        /**
         * The folder or its lock file could not be created or locked.
         *
         * @param reason what failed, e.g. {@code AccessDeniedException}
         */
        record Unusable(String reason) implements FolderError {
            @Override
            public String message() {
                return "the folder cannot be used (" + reason + ")";
            }
        }
    }

    private final JsonFolder folder;
    private final ApplicationRepository applications;
    private final ProtectionReferralRepository protectionReferrals;
    private final YouthSupportRepository youthSupport;
    private final PrisonerSupportRepository prisonerSupport;
    private final ReleasedAccommodationRepository releasedAccommodation;
    private final ResocializationRepository resocializations;
    private final FamilyServicesRepository familyServices;
    private final CounsellingGroupRepository counsellingGroups;
    private final SubstituteHomeRepository substituteHomes;
    private final HousingStockRepository housingStocks;
    private final WaitingListRepository waitingLists;
    private final OpenObligations openObligations;
    private final Outbox outbox;

    private JsonFileRepositories(JsonFolder folder, HoolekanneJson json) {
        this.folder = folder;
        this.applications = new JsonFileApplicationRepository(cases(DocumentType.SOCIAL_HOUSING_CASE, json));
        this.protectionReferrals = new JsonFileProtectionReferralRepository(cases(DocumentType.PROTECTION_REFERRAL, json));
        this.youthSupport = new JsonFileYouthSupportRepository(cases(DocumentType.YOUTH_SUPPORT, json));
        this.prisonerSupport = new JsonFilePrisonerSupportRepository(cases(DocumentType.PRISONER_SUPPORT, json));
        this.releasedAccommodation = new JsonFileReleasedAccommodationRepository(cases(DocumentType.ACCOMMODATION_STAY, json));
        this.resocializations = new JsonFileResocializationRepository(cases(DocumentType.RESOCIALIZATION, json));
        this.familyServices = new JsonFileFamilyServicesRepository(cases(DocumentType.FAMILY_SERVICES, json));
        this.counsellingGroups = new JsonFileCounsellingGroupRepository(cases(DocumentType.COUNSELLING_GROUP, json));
        this.substituteHomes = new JsonFileSubstituteHomeRepository(cases(DocumentType.SUBSTITUTE_HOME, json));
        this.housingStocks = new JsonFileHousingStockRepository(new JsonFileStore<>(folder, DocumentType.HOUSING_STOCK, json, s -> s.id()));
        this.waitingLists = new JsonFileWaitingListRepository(new JsonFileStore<>(folder, DocumentType.WAITING_LIST, json, l -> l.id()));
        this.openObligations = new JsonFileOpenObligations(folder);
        this.outbox = new JsonFileOutbox(folder);
    }

    private <T extends CaseFile<?>> JsonFileStore<T> cases(DocumentType<T> type, HoolekanneJson json) {
        Function<T, String> key = c -> c.id().value();
        return new JsonFileStore<>(folder, type, json, key);
    }

    /**
     * Opens {@code directory} (created if missing) with the standard documents, or says why it
     * cannot: another owner holds it, or it cannot be created or locked.
     */
    public static Either<FolderError, JsonFileRepositories> open(Path directory) {
        return open(directory, HoolekanneJson.standard());
    }

    /**
     * Opens {@code directory} writing documents with {@code json} (e.g. with another calendar).
     *
     * @throws IllegalArgumentException if {@code json} redacts: a redacted document cannot be read back
     */
    public static Either<FolderError, JsonFileRepositories> open(Path directory, HoolekanneJson json) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(json, "json");
        if (json.isRedacting()) {
            throw new IllegalArgumentException("a repository cannot store redacted documents: they do not decode");
        }
        return JsonFolder.own(directory).map(folder -> new JsonFileRepositories(folder, json));
    }

    /**
     * Opens {@code directory} as {@link #open(Path)} does, for code that treats a folder it cannot
     * own as a fault of the installation.
     *
     * @throws IllegalStateException with the {@link FolderError}'s message if the folder cannot be opened
     */
    public static JsonFileRepositories in(Path directory) {
        return open(directory).getOrElseThrow(error -> new IllegalStateException(error.message()));
    }

    /** The units of work over this folder: their writes are undone when they fail. */
    public Transactions transactions() {
        return folder;
    }

    /** The open obligations of every case, in {@code open-obligations/}. */
    public OpenObligations openObligations() {
        return openObligations;
    }

    /** The outbox of the notifications the commands cause, in {@code outbox.json}. */
    public Outbox outbox() {
        return outbox;
    }

    /** The repository of every kind of case, together. */
    public CaseRepositories cases() {
        return new CaseRepositories(applications, resocializations, protectionReferrals, youthSupport, familyServices,
                counsellingGroups, substituteHomes, prisonerSupport, releasedAccommodation);
    }

    /** Social housing cases, every state, in {@code social-housing-case/}. */
    public ApplicationRepository applications() {
        return applications;
    }

    /** Protection support-person referrals (RVK), every state, in {@code protection-referral/}. */
    public ProtectionReferralRepository protectionReferrals() {
        return protectionReferrals;
    }

    /** Support-person cases of youth leaving care (AHT-9 .. AHT-13), every state, in {@code youth-support/}. */
    public YouthSupportRepository youthSupport() {
        return youthSupport;
    }

    /** Prisoners' support-person cases (JUS-1, JUS-2), every state, in {@code prisoner-support/}. */
    public PrisonerSupportRepository prisonerSupport() {
        return prisonerSupport;
    }

    /** Released prisoners' accommodation stays (JUS-3 .. JUS-7), in {@code accommodation-stay/}. */
    public ReleasedAccommodationRepository releasedAccommodation() {
        return releasedAccommodation;
    }

    /** Resocialization cases in Tallinn (RES), every stage, in {@code resocialization/}. */
    public ResocializationRepository resocializations() {
        return resocializations;
    }

    /** What each carer family used of the substitute-care services (AHT-5, AHT-6), in {@code family-services/}. */
    public FamilyServicesRepository familyServices() {
        return familyServices;
    }

    /** Counselling and thematic groups (AHT-7), in {@code counselling-group/}. */
    public CounsellingGroupRepository counsellingGroups() {
        return counsellingGroups;
    }

    /** Substitute homes and their evaluations (AHT-8), in {@code substitute-home/}. */
    public SubstituteHomeRepository substituteHomes() {
        return substituteHomes;
    }

    /** Housing stocks, in {@code housing-stock/}. */
    public HousingStockRepository housingStocks() {
        return housingStocks;
    }

    /** Waiting lists, in {@code waiting-list/}. */
    public WaitingListRepository waitingLists() {
        return waitingLists;
    }

    /** Gives the folder up: another owner may open it. The repositories must not be used afterwards. */
    @Override
    public void close() {
        folder.close();
    }
}
