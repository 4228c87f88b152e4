package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.justice.JusticeSchedule;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.resocialization.ResocializationSchedule;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.port.out.CaseRepositories;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.OpenObligations;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Transactions;
import io.vavr.control.Either;

import java.util.List;
import java.util.Objects;

/**
 * The calendars and rule sets of all five services, as one municipality runs them: what the
 * services are built with, and what recomputes the open obligations of every case when the
 * calendar or a rule set changed (a library update, a new regulation). Use the same value for
 * both, so the read model holds what the services compute.
 *
 * @param socialHousing   social housing (Tartu: {@link SocialHousingSchedule#tartu()})
 * @param resocialization resocialization (Tallinn: {@link ResocializationSchedule#tallinn()})
 * @param protection      the protection support-person service
 * @param substituteCare  the substitute-care support services and youth support
 * @param justice         the prisoners' and released prisoners' services
 */
public record ServiceSchedules(SocialHousingSchedule socialHousing, ResocializationSchedule resocialization,
                               ProtectionSchedule protection, SubstituteCareSchedule substituteCare, JusticeSchedule justice) {

    /** Every schedule is required. */
    public ServiceSchedules {
        Objects.requireNonNull(socialHousing, "socialHousing");
        Objects.requireNonNull(resocialization, "resocialization");
        Objects.requireNonNull(protection, "protection");
        Objects.requireNonNull(substituteCare, "substituteCare");
        Objects.requireNonNull(justice, "justice");
    }

    /** The standard calendar with Tartu's social housing, Tallinn's resocialization and the national services' rules. */
    public static ServiceSchedules standard() {
        return new ServiceSchedules(SocialHousingSchedule.tartu(), ResocializationSchedule.tallinn(), ProtectionSchedule.standard(),
                SubstituteCareSchedule.standard(), JusticeSchedule.standard());
    }

    /**
     * Recomputes the open obligations of every open case in {@code cases} under these schedules and
     * replaces them in {@code obligations}, each kind of case in one transaction of
     * {@code transactions}.
     *
     * @return how many obligations are open now
     */
    public Either<RepositoryError, Integer> recomputeObligations(CaseRepositories cases, OpenObligations obligations,
                                                                 Transactions transactions) {
        return ObligationSource.recomputeAll(List.of(
                () -> recompute(CaseKind.SOCIAL_HOUSING, cases.applications(), socialHousing, obligations, transactions),
                () -> recompute(CaseKind.RESOCIALIZATION, cases.resocializations(), resocialization, obligations, transactions),
                () -> recompute(CaseKind.PROTECTION_REFERRAL, cases.protectionReferrals(), protection, obligations, transactions),
                () -> recompute(CaseKind.YOUTH_SUPPORT, cases.youthSupport(), substituteCare, obligations, transactions),
                () -> recompute(CaseKind.FAMILY_SERVICES, cases.familyServices(), substituteCare, obligations, transactions),
                () -> recompute(CaseKind.COUNSELLING_GROUP, cases.counsellingGroups(), substituteCare, obligations, transactions),
                () -> recompute(CaseKind.SUBSTITUTE_HOME, cases.substituteHomes(), substituteCare, obligations, transactions),
                () -> recompute(CaseKind.PRISONER_SUPPORT, cases.prisonerSupport(), justice, obligations, transactions),
                () -> recompute(CaseKind.ACCOMMODATION_STAY, cases.releasedAccommodation(), justice, obligations, transactions)));
    }

    /**
     * Replaces the obligations of every case of {@code kind} by those its open cases in
     * {@code cases} compute under {@code schedule}, in one transaction.
     */
    static <T extends CaseFile<S>, S> Either<RepositoryError, Integer> recompute(CaseKind kind, CaseRepository<T> cases, S schedule,
                                                                               OpenObligations obligations, Transactions transactions) {
        return transactions.inTransaction(() -> cases.findOpen().flatMap(open -> obligations.replaceAll(kind,
                open.stream().flatMap(c -> c.openObligations(schedule).stream()).<Obligation>map(o -> o).toList())), e -> e);
    }
}
