package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.PopulationRegister;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.SystemTimeSource;
import ee.hoolekanne.port.out.TimeSource;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.testkit.contract.ApplicationRepositoryContract;
import ee.hoolekanne.testkit.contract.AuditSinkContract;
import ee.hoolekanne.testkit.contract.CounsellingGroupRepositoryContract;
import ee.hoolekanne.testkit.contract.FamilyServicesRepositoryContract;
import ee.hoolekanne.testkit.contract.HousingStockRepositoryContract;
import ee.hoolekanne.testkit.contract.NotifierContract;
import ee.hoolekanne.testkit.contract.OutboxContract;
import ee.hoolekanne.testkit.contract.OpenObligationsContract;
import ee.hoolekanne.testkit.contract.PopulationRegisterContract;
import ee.hoolekanne.testkit.contract.PrisonerSupportRepositoryContract;
import ee.hoolekanne.testkit.contract.ProtectionReferralRepositoryContract;
import ee.hoolekanne.testkit.contract.ReleasedAccommodationRepositoryContract;
import ee.hoolekanne.testkit.contract.ResocializationRepositoryContract;
import ee.hoolekanne.testkit.contract.SubjectAccessContract;
import ee.hoolekanne.testkit.contract.SubstituteHomeRepositoryContract;
import ee.hoolekanne.testkit.contract.TimeSourceContract;
import ee.hoolekanne.testkit.contract.WaitingListRepositoryContract;
import ee.hoolekanne.testkit.contract.YouthSupportRepositoryContract;
import org.junit.jupiter.api.Nested;

import java.time.LocalDate;

import static ee.hoolekanne.testkit.contract.PopulationRegisterContract.RESIDENT;
import static ee.hoolekanne.testkit.contract.PopulationRegisterContract.TALLINNER;

/** Every in-memory adapter passes its port's contract suite: they are the reference adapters. */
class InMemoryAdaptersTest {

    @Nested
    class Applications extends ApplicationRepositoryContract {
        @Override
        protected ApplicationRepository newApplicationRepository() {
            return new InMemoryApplicationRepository();
        }
    }

    @Nested
    class Stocks extends HousingStockRepositoryContract {
        @Override
        protected HousingStockRepository newStockRepository() {
            return new InMemoryHousingStockRepository();
        }
    }

    @Nested
    class WaitingLists extends WaitingListRepositoryContract {
        @Override
        protected WaitingListRepository newWaitingListRepository() {
            return new InMemoryWaitingListRepository();
        }
    }

    @Nested
    class Register extends PopulationRegisterContract {
        @Override
        protected PopulationRegister register() {
            return new InMemoryPopulationRegister()
                    .register(RESIDENT, LocalDate.of(2020, 1, 1), "Tartu linn")
                    .register(RESIDENT, LocalDate.of(2024, 6, 1), "Elva vald")
                    .register(TALLINNER, LocalDate.of(2019, 3, 1), "Tallinn", "Lasnamäe");
        }
    }

    @Nested
    class Notifications extends NotifierContract {
        private final InMemoryNotifier notifier = new InMemoryNotifier();

        @Override
        protected Notifier notifier() {
            return notifier;
        }
    }

    @Nested
    class Outboxes extends OutboxContract {
        @Override
        protected Store newStore() {
            InMemoryAdapters memory = InMemoryAdapters.create(LocalDate.of(2026, 11, 20));
            return new Store(memory.outbox(), memory.transactions());
        }
    }

    @Nested
    class Audit extends AuditSinkContract {
        @Override
        protected AuditSink newSink() {
            return new InMemoryAuditSink();
        }
    }

    @Nested
    class Obligations extends OpenObligationsContract {
        @Override
        protected Store newStore() {
            return new Store(new InMemoryOpenObligations(), new InMemoryTransactions());
        }
    }

    @Nested
    class SettableClock extends TimeSourceContract {
        @Override
        protected TimeSource clock() {
            return new InMemoryTimeSource(LocalDate.of(2026, 3, 29));
        }
    }

    @Nested
    class SystemClock extends TimeSourceContract {
        @Override
        protected TimeSource clock() {
            return SystemTimeSource.system();
        }
    }

    @Nested
    class Referrals extends ProtectionReferralRepositoryContract {
        @Override
        protected ProtectionReferralRepository newProtectionReferralRepository() {
            return new InMemoryProtectionReferralRepository();
        }
    }

    @Nested
    class Youth extends YouthSupportRepositoryContract {
        @Override
        protected YouthSupportRepository newYouthSupportRepository() {
            return new InMemoryYouthSupportRepository();
        }
    }

    @Nested
    class Families extends FamilyServicesRepositoryContract {
        @Override
        protected FamilyServicesRepository newFamilyServicesRepository() {
            return new InMemoryFamilyServicesRepository();
        }
    }

    @Nested
    class Groups extends CounsellingGroupRepositoryContract {
        @Override
        protected CounsellingGroupRepository newCounsellingGroupRepository() {
            return new InMemoryCounsellingGroupRepository();
        }
    }

    @Nested
    class Homes extends SubstituteHomeRepositoryContract {
        @Override
        protected SubstituteHomeRepository newSubstituteHomeRepository() {
            return new InMemorySubstituteHomeRepository();
        }
    }

    @Nested
    class Resocializations extends ResocializationRepositoryContract {
        @Override
        protected ResocializationRepository newResocializationRepository() {
            return new InMemoryResocializationRepository();
        }
    }

    @Nested
    class PrisonerSupports extends PrisonerSupportRepositoryContract {
        @Override
        protected PrisonerSupportRepository newPrisonerSupportRepository() {
            return new InMemoryPrisonerSupportRepository();
        }
    }

    @Nested
    class Accommodations extends ReleasedAccommodationRepositoryContract {
        @Override
        protected ReleasedAccommodationRepository newReleasedAccommodationRepository() {
            return new InMemoryReleasedAccommodationRepository();
        }
    }

    @Nested
    class SubjectAccessInMemory extends SubjectAccessContract {
        @Override
        protected Store newStore() {
            InMemoryAdapters memory = InMemoryAdapters.create(LocalDate.of(2026, 1, 5));
            return new Store(memory.applications(), memory.protectionReferrals(), memory.youthSupport(), memory.prisonerSupport(),
                    memory.releasedAccommodation(), memory.resocializations(), memory.audit(), memory.subjectAccess());
        }
    }
}
