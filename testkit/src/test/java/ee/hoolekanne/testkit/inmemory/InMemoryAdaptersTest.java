package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.PopulationRegister;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.testkit.contract.ApplicationRepositoryContract;
import ee.hoolekanne.testkit.contract.AuditSinkContract;
import ee.hoolekanne.testkit.contract.HousingStockRepositoryContract;
import ee.hoolekanne.testkit.contract.NotifierContract;
import ee.hoolekanne.testkit.contract.PopulationRegisterContract;
import ee.hoolekanne.testkit.contract.TimeSourceContract;
import ee.hoolekanne.testkit.contract.SubjectAccessContract;
import ee.hoolekanne.testkit.contract.SupportServicesContracts;
import ee.hoolekanne.testkit.contract.JusticeAndResocializationContracts;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.testkit.contract.WaitingListRepositoryContract;
import ee.hoolekanne.port.out.SystemTimeSource;
import ee.hoolekanne.port.out.TimeSource;
import org.junit.jupiter.api.Nested;

import java.time.LocalDate;

/** Every in-memory adapter passes its port's contract suite. */
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
        private final RecordingNotifier notifier = new RecordingNotifier();

        @Override
        protected Notifier notifier() {
            return notifier;
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
    class SettableClock extends TimeSourceContract {
        @Override
        protected TimeSource clock() {
            return new SettableTimeSource(LocalDate.of(2026, 3, 29));
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
    class Referrals extends SupportServicesContracts.ProtectionReferralRepositoryContract {
        @Override
        protected ProtectionReferralRepository newReferralRepository() {
            return new InMemorySupportServices.Referrals();
        }
    }

    @Nested
    class Youth extends SupportServicesContracts.YouthSupportRepositoryContract {
        @Override
        protected YouthSupportRepository newYouthRepository() {
            return new InMemorySupportServices.Youth();
        }
    }

    @Nested
    class Families extends SupportServicesContracts.FamilyServicesRepositoryContract {
        @Override
        protected FamilyServicesRepository newFamilyRepository() {
            return new InMemorySupportServices.Families();
        }
    }

    @Nested
    class Groups extends SupportServicesContracts.CounsellingGroupRepositoryContract {
        @Override
        protected CounsellingGroupRepository newGroupRepository() {
            return new InMemorySupportServices.Groups();
        }
    }

    @Nested
    class Homes extends SupportServicesContracts.SubstituteHomeRepositoryContract {
        @Override
        protected SubstituteHomeRepository newHomeRepository() {
            return new InMemorySupportServices.Homes();
        }
    }

    @Nested
    class Resocializations extends JusticeAndResocializationContracts.ResocializationRepositoryContract {
        @Override
        protected ResocializationRepository newResocializationRepository() {
            return new InMemoryJusticeAndResocialization.Resocializations();
        }
    }

    @Nested
    class PrisonerSupports extends JusticeAndResocializationContracts.PrisonerSupportRepositoryContract {
        @Override
        protected PrisonerSupportRepository newPrisonerSupportRepository() {
            return new InMemoryJusticeAndResocialization.PrisonerSupports();
        }
    }

    @Nested
    class Accommodations extends JusticeAndResocializationContracts.ReleasedAccommodationRepositoryContract {
        @Override
        protected ReleasedAccommodationRepository newAccommodationRepository() {
            return new InMemoryJusticeAndResocialization.Accommodations();
        }
    }

    @Nested
    class SubjectAccessInMemory extends SubjectAccessContract {
        @Override
        protected Store newStore() {
            InMemoryApplicationRepository cases = new InMemoryApplicationRepository();
            InMemoryAuditSink audit = new InMemoryAuditSink();
            var referrals = new InMemorySupportServices.Referrals();
            var youth = new InMemorySupportServices.Youth();
            var prisoners = new InMemoryJusticeAndResocialization.PrisonerSupports();
            var stays = new InMemoryJusticeAndResocialization.Accommodations();
            var resocializations = new InMemoryJusticeAndResocialization.Resocializations();
            return new Store(cases, referrals, youth, prisoners, stays, resocializations, audit,
                    new InMemorySubjectAccess(cases, referrals, youth, prisoners, stays, resocializations, audit));
        }
    }
}
