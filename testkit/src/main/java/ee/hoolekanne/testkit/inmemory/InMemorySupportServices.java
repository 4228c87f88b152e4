package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.YouthSupportRepository;
import io.vavr.control.Either;

import java.util.Comparator;
import java.util.List;

/** In-memory repositories of the support-person and substitute-care services. */
public final class InMemorySupportServices {

    private InMemorySupportServices() {
    }

    /** Protection referrals in memory. */
    public static final class Referrals extends InMemoryVersionedRepository<CaseId, ProtectionReferral>
            implements ProtectionReferralRepository {
        @Override
        public Either<RepositoryError, List<ProtectionReferral>> findOpen() {
            return Either.right(all().stream().map(Versioned::value).filter(r -> !(r instanceof ProtectionReferral.Ended))
                    .sorted(Comparator.comparing(r -> r.id().value())).toList());
        }

        @Override
        public Either<RepositoryError, List<ProtectionReferral>> casesAbout(PersonalCode person) {
            return Either.right(about(person, ProtectionReferral::persons, r -> r.id().value()));
        }
    }

    /** Youth support cases in memory. */
    public static final class Youth extends InMemoryVersionedRepository<CaseId, YouthSupport> implements YouthSupportRepository {
        @Override
        public Either<RepositoryError, List<YouthSupport>> findOpen() {
            return Either.right(all().stream().map(Versioned::value).filter(y -> !(y instanceof YouthSupport.Ended))
                    .sorted(Comparator.comparing(y -> y.id().value())).toList());
        }

        @Override
        public Either<RepositoryError, List<YouthSupport>> casesAbout(PersonalCode person) {
            return Either.right(about(person, YouthSupport::persons, y -> y.id().value()));
        }
    }

    /** Families' service use in memory. */
    public static final class Families extends InMemoryVersionedRepository<String, FamilyServices>
            implements FamilyServicesRepository {
    }

    /** Counselling groups in memory. */
    public static final class Groups extends InMemoryVersionedRepository<String, CounsellingGroup>
            implements CounsellingGroupRepository {
    }

    /** Substitute homes in memory. */
    public static final class Homes extends InMemoryVersionedRepository<CaseId, SubstituteHome> implements SubstituteHomeRepository {
        @Override
        public Either<RepositoryError, List<SubstituteHome>> findAll() {
            return Either.right(all().stream().map(Versioned::value)
                    .sorted(Comparator.comparing(h -> h.id().value())).toList());
        }
    }
}
