package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.testkit.contract.AuditSinkContract;
import ee.hoolekanne.testkit.contract.SubjectAccessContract;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.testkit.contract.ApplicationRepositoryContract;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.testkit.contract.HousingStockRepositoryContract;
import ee.hoolekanne.testkit.contract.WaitingListRepositoryContract;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.testkit.contract.JusticeAndResocializationContracts;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.testkit.contract.SupportServicesContracts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The testkit's contract suites on H2 in memory, H2 in a file, and a real PostgreSQL. Each suite
 * prints the database it ran on; none is skipped.
 */
class JdbcRepositoriesTest {

    @Nested
    @DisplayName("housing stock on H2 (memory)")
    class StockH2Memory extends HousingStockRepositoryContract {
        @Override
        protected HousingStockRepository newStockRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, getClass().getSuperclass().getSimpleName()).housingStocks();
        }
    }

    @Nested
    @DisplayName("housing stock on H2 (file)")
    class StockH2File extends HousingStockRepositoryContract {
        @Override
        protected HousingStockRepository newStockRepository() {
            return Databases.fresh(Databases.Kind.H2_FILE, getClass().getSuperclass().getSimpleName()).housingStocks();
        }
    }

    @Nested
    @DisplayName("housing stock on PostgreSQL")
    class StockPostgres extends HousingStockRepositoryContract {
        @Override
        protected HousingStockRepository newStockRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, getClass().getSuperclass().getSimpleName()).housingStocks();
        }
    }

    @Nested
    @DisplayName("waiting list on H2 (memory)")
    class ListH2Memory extends WaitingListRepositoryContract {
        @Override
        protected WaitingListRepository newWaitingListRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, getClass().getSuperclass().getSimpleName()).waitingLists();
        }
    }

    @Nested
    @DisplayName("waiting list on PostgreSQL")
    class ListPostgres extends WaitingListRepositoryContract {
        @Override
        protected WaitingListRepository newWaitingListRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, getClass().getSuperclass().getSimpleName()).waitingLists();
        }
    }

    @Nested
    @DisplayName("social housing cases on H2 (memory)")
    class CasesH2Memory extends ApplicationRepositoryContract {
        @Override
        protected ApplicationRepository newApplicationRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, getClass().getSuperclass().getSimpleName()).applications();
        }
    }

    @Nested
    @DisplayName("social housing cases on H2 (file)")
    class CasesH2File extends ApplicationRepositoryContract {
        @Override
        protected ApplicationRepository newApplicationRepository() {
            return Databases.fresh(Databases.Kind.H2_FILE, getClass().getSuperclass().getSimpleName()).applications();
        }
    }

    @Nested
    @DisplayName("social housing cases on PostgreSQL")
    class CasesPostgres extends ApplicationRepositoryContract {
        @Override
        protected ApplicationRepository newApplicationRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, getClass().getSuperclass().getSimpleName()).applications();
        }
    }

    @Nested
    @DisplayName("audit sink on H2 (memory)")
    class AuditH2 extends AuditSinkContract {
        @Override
        protected AuditSink newSink() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, getClass().getSuperclass().getSimpleName()).auditSink();
        }
    }

    @Nested
    @DisplayName("audit sink on PostgreSQL")
    class AuditPostgres extends AuditSinkContract {
        @Override
        protected AuditSink newSink() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, getClass().getSuperclass().getSimpleName()).auditSink();
        }
    }

    @Nested
    @DisplayName("subject access on H2 (memory)")
    class SubjectAccessH2 extends SubjectAccessContract {
        @Override
        protected Store newStore() {
            JdbcAdapters jdbc = Databases.fresh(Databases.Kind.H2_MEMORY, getClass().getSuperclass().getSimpleName());
            return new Store(jdbc.applications(), jdbc.protectionReferrals(), jdbc.youthSupport(), jdbc.prisonerSupport(),
                    jdbc.releasedAccommodation(), jdbc.resocializations(), jdbc.auditSink(), jdbc.subjectAccess());
        }
    }

    @Nested
    @DisplayName("subject access on PostgreSQL")
    class SubjectAccessPostgres extends SubjectAccessContract {
        @Override
        protected Store newStore() {
            JdbcAdapters jdbc = Databases.fresh(Databases.Kind.POSTGRESQL, getClass().getSuperclass().getSimpleName());
            return new Store(jdbc.applications(), jdbc.protectionReferrals(), jdbc.youthSupport(), jdbc.prisonerSupport(),
                    jdbc.releasedAccommodation(), jdbc.resocializations(), jdbc.auditSink(), jdbc.subjectAccess());
        }
    }

    @Nested
    @DisplayName("carer families on H2 (memory)")
    class FamiliesH2 extends SupportServicesContracts.FamilyServicesRepositoryContract {
        @Override
        protected FamilyServicesRepository newFamilyRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, "FamilyServicesRepositoryContract").familyServices();
        }
    }

    @Nested
    @DisplayName("counselling groups on H2 (memory)")
    class GroupsH2 extends SupportServicesContracts.CounsellingGroupRepositoryContract {
        @Override
        protected CounsellingGroupRepository newGroupRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, "CounsellingGroupRepositoryContract").counsellingGroups();
        }
    }

    @Nested
    @DisplayName("substitute homes on H2 (memory)")
    class HomesH2 extends SupportServicesContracts.SubstituteHomeRepositoryContract {
        @Override
        protected SubstituteHomeRepository newHomeRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, "SubstituteHomeRepositoryContract").substituteHomes();
        }
    }

    @Nested
    @DisplayName("carer families on PostgreSQL")
    class FamiliesPostgres extends SupportServicesContracts.FamilyServicesRepositoryContract {
        @Override
        protected FamilyServicesRepository newFamilyRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, "FamilyServicesRepositoryContract").familyServices();
        }
    }

    @Nested
    @DisplayName("counselling groups on PostgreSQL")
    class GroupsPostgres extends SupportServicesContracts.CounsellingGroupRepositoryContract {
        @Override
        protected CounsellingGroupRepository newGroupRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, "CounsellingGroupRepositoryContract").counsellingGroups();
        }
    }

    @Nested
    @DisplayName("substitute homes on PostgreSQL")
    class HomesPostgres extends SupportServicesContracts.SubstituteHomeRepositoryContract {
        @Override
        protected SubstituteHomeRepository newHomeRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, "SubstituteHomeRepositoryContract").substituteHomes();
        }
    }

    @Nested
    @DisplayName("protection referrals on H2 (memory)")
    class ReferralsH2 extends SupportServicesContracts.ProtectionReferralRepositoryContract {
        @Override
        protected ProtectionReferralRepository newReferralRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, "ProtectionReferralRepositoryContract").protectionReferrals();
        }
    }

    @Nested
    @DisplayName("protection referrals on PostgreSQL")
    class ReferralsPostgres extends SupportServicesContracts.ProtectionReferralRepositoryContract {
        @Override
        protected ProtectionReferralRepository newReferralRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, "ProtectionReferralRepositoryContract").protectionReferrals();
        }
    }

    @Nested
    @DisplayName("youth support on H2 (memory)")
    class YouthH2 extends SupportServicesContracts.YouthSupportRepositoryContract {
        @Override
        protected YouthSupportRepository newYouthRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, "YouthSupportRepositoryContract").youthSupport();
        }
    }

    @Nested
    @DisplayName("youth support on PostgreSQL")
    class YouthPostgres extends SupportServicesContracts.YouthSupportRepositoryContract {
        @Override
        protected YouthSupportRepository newYouthRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, "YouthSupportRepositoryContract").youthSupport();
        }
    }

    @Nested
    @DisplayName("prisoners' support on H2 (memory)")
    class PrisonerSupportsH2 extends JusticeAndResocializationContracts.PrisonerSupportRepositoryContract {
        @Override
        protected PrisonerSupportRepository newPrisonerSupportRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, "PrisonerSupportRepositoryContract").prisonerSupport();
        }
    }

    @Nested
    @DisplayName("released prisoners' accommodation on H2 (memory)")
    class StaysH2 extends JusticeAndResocializationContracts.ReleasedAccommodationRepositoryContract {
        @Override
        protected ReleasedAccommodationRepository newAccommodationRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, "ReleasedAccommodationRepositoryContract").releasedAccommodation();
        }
    }

    @Nested
    @DisplayName("prisoners' support on PostgreSQL")
    class PrisonerSupportsPostgres extends JusticeAndResocializationContracts.PrisonerSupportRepositoryContract {
        @Override
        protected PrisonerSupportRepository newPrisonerSupportRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, "PrisonerSupportRepositoryContract").prisonerSupport();
        }
    }

    @Nested
    @DisplayName("released prisoners' accommodation on PostgreSQL")
    class StaysPostgres extends JusticeAndResocializationContracts.ReleasedAccommodationRepositoryContract {
        @Override
        protected ReleasedAccommodationRepository newAccommodationRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, "ReleasedAccommodationRepositoryContract").releasedAccommodation();
        }
    }

    @Nested
    @DisplayName("resocialization on H2 (memory)")
    class ResocializationsH2 extends JusticeAndResocializationContracts.ResocializationRepositoryContract {
        @Override
        protected ResocializationRepository newResocializationRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY, "ResocializationRepositoryContract").resocializations();
        }
    }

    @Nested
    @DisplayName("resocialization on PostgreSQL")
    class ResocializationsPostgres extends JusticeAndResocializationContracts.ResocializationRepositoryContract {
        @Override
        protected ResocializationRepository newResocializationRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL, "ResocializationRepositoryContract").resocializations();
        }
    }
}
