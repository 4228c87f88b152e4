package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.testkit.contract.ApplicationRepositoryContract;
import ee.hoolekanne.testkit.contract.AuditSinkContract;
import ee.hoolekanne.testkit.contract.CounsellingGroupRepositoryContract;
import ee.hoolekanne.testkit.contract.FamilyServicesRepositoryContract;
import ee.hoolekanne.testkit.contract.HousingStockRepositoryContract;
import ee.hoolekanne.testkit.contract.OpenObligationsContract;
import ee.hoolekanne.testkit.contract.OutboxContract;
import ee.hoolekanne.testkit.contract.PrisonerSupportRepositoryContract;
import ee.hoolekanne.testkit.contract.ProtectionReferralRepositoryContract;
import ee.hoolekanne.testkit.contract.ReleasedAccommodationRepositoryContract;
import ee.hoolekanne.testkit.contract.ResocializationRepositoryContract;
import ee.hoolekanne.testkit.contract.SubjectAccessContract;
import ee.hoolekanne.testkit.contract.SubstituteHomeRepositoryContract;
import ee.hoolekanne.testkit.contract.WaitingListRepositoryContract;
import ee.hoolekanne.testkit.contract.YouthSupportRepositoryContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * Every contract suite of the testkit on the JDBC adapters, on H2 in memory, H2 in a file and a
 * real PostgreSQL started from Maven artifacts: every repository, the open obligations, the audit
 * sink and subject access. Each suite prints which database it ran on.
 */
class JdbcRepositoriesTest {

    @Nested
    @DisplayName("on H2 (memory)")
    class OnH2Memory {
        @Nested
        class Applications extends ApplicationRepositoryContract {
            @Override
            protected ApplicationRepository newApplicationRepository() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "ApplicationRepositoryContract").applications();
            }
        }

        @Nested
        class Stocks extends HousingStockRepositoryContract {
            @Override
            protected HousingStockRepository newStockRepository() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "HousingStockRepositoryContract").housingStocks();
            }
        }

        @Nested
        class WaitingLists extends WaitingListRepositoryContract {
            @Override
            protected WaitingListRepository newWaitingListRepository() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "WaitingListRepositoryContract").waitingLists();
            }
        }

        @Nested
        class Referrals extends ProtectionReferralRepositoryContract {
            @Override
            protected ProtectionReferralRepository newProtectionReferralRepository() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "ProtectionReferralRepositoryContract").protectionReferrals();
            }
        }

        @Nested
        class Youth extends YouthSupportRepositoryContract {
            @Override
            protected YouthSupportRepository newYouthSupportRepository() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "YouthSupportRepositoryContract").youthSupport();
            }
        }

        @Nested
        class Families extends FamilyServicesRepositoryContract {
            @Override
            protected FamilyServicesRepository newFamilyServicesRepository() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "FamilyServicesRepositoryContract").familyServices();
            }
        }

        @Nested
        class Groups extends CounsellingGroupRepositoryContract {
            @Override
            protected CounsellingGroupRepository newCounsellingGroupRepository() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "CounsellingGroupRepositoryContract").counsellingGroups();
            }
        }

        @Nested
        class Homes extends SubstituteHomeRepositoryContract {
            @Override
            protected SubstituteHomeRepository newSubstituteHomeRepository() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "SubstituteHomeRepositoryContract").substituteHomes();
            }
        }

        @Nested
        class PrisonerSupports extends PrisonerSupportRepositoryContract {
            @Override
            protected PrisonerSupportRepository newPrisonerSupportRepository() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "PrisonerSupportRepositoryContract").prisonerSupport();
            }
        }

        @Nested
        class Stays extends ReleasedAccommodationRepositoryContract {
            @Override
            protected ReleasedAccommodationRepository newReleasedAccommodationRepository() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "ReleasedAccommodationRepositoryContract").releasedAccommodation();
            }
        }

        @Nested
        class Resocializations extends ResocializationRepositoryContract {
            @Override
            protected ResocializationRepository newResocializationRepository() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "ResocializationRepositoryContract").resocializations();
            }
        }

        @Nested
        class Audit extends AuditSinkContract {
            @Override
            protected AuditSink newSink() {
                return Databases.fresh(Databases.Kind.H2_MEMORY, "AuditSinkContract").auditSink();
            }
        }

        @Nested
        class Outboxes extends OutboxContract {
            @Override
            protected Store newStore() {
                JdbcAdapters jdbc = Databases.fresh(Databases.Kind.H2_MEMORY, "OutboxContract");
                return new Store(jdbc.outbox(), jdbc.transactions());
            }
        }

        @Nested
        class Obligations extends OpenObligationsContract {
            @Override
            protected Store newStore() {
                JdbcAdapters jdbc = Databases.fresh(Databases.Kind.H2_MEMORY, "OpenObligationsContract");
                return new Store(jdbc.openObligations(), jdbc.transactions());
            }
        }

        @Nested
        class SubjectAccessOn extends SubjectAccessContract {
            @Override
            protected Store newStore() {
                JdbcAdapters jdbc = Databases.fresh(Databases.Kind.H2_MEMORY, "SubjectAccessContract");
                return new Store(jdbc.applications(), jdbc.protectionReferrals(), jdbc.youthSupport(), jdbc.prisonerSupport(),
                        jdbc.releasedAccommodation(), jdbc.resocializations(), jdbc.auditSink(), jdbc.subjectAccess());
            }
        }
    }

    @Nested
    @DisplayName("on H2 (file)")
    class OnH2File {
        @Nested
        class Applications extends ApplicationRepositoryContract {
            @Override
            protected ApplicationRepository newApplicationRepository() {
                return Databases.fresh(Databases.Kind.H2_FILE, "ApplicationRepositoryContract").applications();
            }
        }

        @Nested
        class Stocks extends HousingStockRepositoryContract {
            @Override
            protected HousingStockRepository newStockRepository() {
                return Databases.fresh(Databases.Kind.H2_FILE, "HousingStockRepositoryContract").housingStocks();
            }
        }

        @Nested
        class WaitingLists extends WaitingListRepositoryContract {
            @Override
            protected WaitingListRepository newWaitingListRepository() {
                return Databases.fresh(Databases.Kind.H2_FILE, "WaitingListRepositoryContract").waitingLists();
            }
        }

        @Nested
        class Referrals extends ProtectionReferralRepositoryContract {
            @Override
            protected ProtectionReferralRepository newProtectionReferralRepository() {
                return Databases.fresh(Databases.Kind.H2_FILE, "ProtectionReferralRepositoryContract").protectionReferrals();
            }
        }

        @Nested
        class Youth extends YouthSupportRepositoryContract {
            @Override
            protected YouthSupportRepository newYouthSupportRepository() {
                return Databases.fresh(Databases.Kind.H2_FILE, "YouthSupportRepositoryContract").youthSupport();
            }
        }

        @Nested
        class Families extends FamilyServicesRepositoryContract {
            @Override
            protected FamilyServicesRepository newFamilyServicesRepository() {
                return Databases.fresh(Databases.Kind.H2_FILE, "FamilyServicesRepositoryContract").familyServices();
            }
        }

        @Nested
        class Groups extends CounsellingGroupRepositoryContract {
            @Override
            protected CounsellingGroupRepository newCounsellingGroupRepository() {
                return Databases.fresh(Databases.Kind.H2_FILE, "CounsellingGroupRepositoryContract").counsellingGroups();
            }
        }

        @Nested
        class Homes extends SubstituteHomeRepositoryContract {
            @Override
            protected SubstituteHomeRepository newSubstituteHomeRepository() {
                return Databases.fresh(Databases.Kind.H2_FILE, "SubstituteHomeRepositoryContract").substituteHomes();
            }
        }

        @Nested
        class PrisonerSupports extends PrisonerSupportRepositoryContract {
            @Override
            protected PrisonerSupportRepository newPrisonerSupportRepository() {
                return Databases.fresh(Databases.Kind.H2_FILE, "PrisonerSupportRepositoryContract").prisonerSupport();
            }
        }

        @Nested
        class Stays extends ReleasedAccommodationRepositoryContract {
            @Override
            protected ReleasedAccommodationRepository newReleasedAccommodationRepository() {
                return Databases.fresh(Databases.Kind.H2_FILE, "ReleasedAccommodationRepositoryContract").releasedAccommodation();
            }
        }

        @Nested
        class Resocializations extends ResocializationRepositoryContract {
            @Override
            protected ResocializationRepository newResocializationRepository() {
                return Databases.fresh(Databases.Kind.H2_FILE, "ResocializationRepositoryContract").resocializations();
            }
        }

        @Nested
        class Audit extends AuditSinkContract {
            @Override
            protected AuditSink newSink() {
                return Databases.fresh(Databases.Kind.H2_FILE, "AuditSinkContract").auditSink();
            }
        }

        @Nested
        class Outboxes extends OutboxContract {
            @Override
            protected Store newStore() {
                JdbcAdapters jdbc = Databases.fresh(Databases.Kind.H2_FILE, "OutboxContract");
                return new Store(jdbc.outbox(), jdbc.transactions());
            }
        }

        @Nested
        class Obligations extends OpenObligationsContract {
            @Override
            protected Store newStore() {
                JdbcAdapters jdbc = Databases.fresh(Databases.Kind.H2_FILE, "OpenObligationsContract");
                return new Store(jdbc.openObligations(), jdbc.transactions());
            }
        }

        @Nested
        class SubjectAccessOn extends SubjectAccessContract {
            @Override
            protected Store newStore() {
                JdbcAdapters jdbc = Databases.fresh(Databases.Kind.H2_FILE, "SubjectAccessContract");
                return new Store(jdbc.applications(), jdbc.protectionReferrals(), jdbc.youthSupport(), jdbc.prisonerSupport(),
                        jdbc.releasedAccommodation(), jdbc.resocializations(), jdbc.auditSink(), jdbc.subjectAccess());
            }
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class OnPostgres {
        @Nested
        class Applications extends ApplicationRepositoryContract {
            @Override
            protected ApplicationRepository newApplicationRepository() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "ApplicationRepositoryContract").applications();
            }
        }

        @Nested
        class Stocks extends HousingStockRepositoryContract {
            @Override
            protected HousingStockRepository newStockRepository() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "HousingStockRepositoryContract").housingStocks();
            }
        }

        @Nested
        class WaitingLists extends WaitingListRepositoryContract {
            @Override
            protected WaitingListRepository newWaitingListRepository() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "WaitingListRepositoryContract").waitingLists();
            }
        }

        @Nested
        class Referrals extends ProtectionReferralRepositoryContract {
            @Override
            protected ProtectionReferralRepository newProtectionReferralRepository() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "ProtectionReferralRepositoryContract").protectionReferrals();
            }
        }

        @Nested
        class Youth extends YouthSupportRepositoryContract {
            @Override
            protected YouthSupportRepository newYouthSupportRepository() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "YouthSupportRepositoryContract").youthSupport();
            }
        }

        @Nested
        class Families extends FamilyServicesRepositoryContract {
            @Override
            protected FamilyServicesRepository newFamilyServicesRepository() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "FamilyServicesRepositoryContract").familyServices();
            }
        }

        @Nested
        class Groups extends CounsellingGroupRepositoryContract {
            @Override
            protected CounsellingGroupRepository newCounsellingGroupRepository() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "CounsellingGroupRepositoryContract").counsellingGroups();
            }
        }

        @Nested
        class Homes extends SubstituteHomeRepositoryContract {
            @Override
            protected SubstituteHomeRepository newSubstituteHomeRepository() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "SubstituteHomeRepositoryContract").substituteHomes();
            }
        }

        @Nested
        class PrisonerSupports extends PrisonerSupportRepositoryContract {
            @Override
            protected PrisonerSupportRepository newPrisonerSupportRepository() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "PrisonerSupportRepositoryContract").prisonerSupport();
            }
        }

        @Nested
        class Stays extends ReleasedAccommodationRepositoryContract {
            @Override
            protected ReleasedAccommodationRepository newReleasedAccommodationRepository() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "ReleasedAccommodationRepositoryContract").releasedAccommodation();
            }
        }

        @Nested
        class Resocializations extends ResocializationRepositoryContract {
            @Override
            protected ResocializationRepository newResocializationRepository() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "ResocializationRepositoryContract").resocializations();
            }
        }

        @Nested
        class Audit extends AuditSinkContract {
            @Override
            protected AuditSink newSink() {
                return Databases.fresh(Databases.Kind.POSTGRESQL, "AuditSinkContract").auditSink();
            }
        }

        @Nested
        class Outboxes extends OutboxContract {
            @Override
            protected Store newStore() {
                JdbcAdapters jdbc = Databases.fresh(Databases.Kind.POSTGRESQL, "OutboxContract");
                return new Store(jdbc.outbox(), jdbc.transactions());
            }
        }

        @Nested
        class Obligations extends OpenObligationsContract {
            @Override
            protected Store newStore() {
                JdbcAdapters jdbc = Databases.fresh(Databases.Kind.POSTGRESQL, "OpenObligationsContract");
                return new Store(jdbc.openObligations(), jdbc.transactions());
            }
        }

        @Nested
        class SubjectAccessOn extends SubjectAccessContract {
            @Override
            protected Store newStore() {
                JdbcAdapters jdbc = Databases.fresh(Databases.Kind.POSTGRESQL, "SubjectAccessContract");
                return new Store(jdbc.applications(), jdbc.protectionReferrals(), jdbc.youthSupport(), jdbc.prisonerSupport(),
                        jdbc.releasedAccommodation(), jdbc.resocializations(), jdbc.auditSink(), jdbc.subjectAccess());
            }
        }
    }
}
