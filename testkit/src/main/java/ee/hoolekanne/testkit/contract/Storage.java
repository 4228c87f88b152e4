package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.AuditSink;
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

import java.util.Objects;

/**
 * What a storage adapter offers the services as a whole: every case repository, the housing
 * stocks and waiting lists, the open obligations, the outbox, the audit sink, and the transactions
 * they join. The service contracts ({@code ProtectionServiceContract} …) run every use case of a
 * service on one, so an adapter is shown to carry whole commands, not only single calls.
 *
 * @param cases         every kind of case
 * @param housingStocks housing stocks
 * @param waitingLists  waiting lists
 * @param obligations   the open obligations
 * @param outbox        the notifications' outbox
 * @param audit         the audit sink
 * @param transactions  the units of work the others join
 */
public record Storage(CaseRepositories cases, HousingStockRepository housingStocks, WaitingListRepository waitingLists,
                      OpenObligations obligations, Outbox outbox, AuditSink audit, Transactions transactions) {

    /** Every part is required. */
    public Storage {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(housingStocks, "housingStocks");
        Objects.requireNonNull(waitingLists, "waitingLists");
        Objects.requireNonNull(obligations, "obligations");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(transactions, "transactions");
    }

    /** Social housing cases. */
    public ApplicationRepository applications() {
        return cases.applications();
    }

    /** Protection referrals. */
    public ProtectionReferralRepository protectionReferrals() {
        return cases.protectionReferrals();
    }

    /** Youth support cases. */
    public YouthSupportRepository youthSupport() {
        return cases.youthSupport();
    }

    /** Carer families' use of the services. */
    public FamilyServicesRepository familyServices() {
        return cases.familyServices();
    }

    /** Counselling groups. */
    public CounsellingGroupRepository counsellingGroups() {
        return cases.counsellingGroups();
    }

    /** Substitute homes. */
    public SubstituteHomeRepository substituteHomes() {
        return cases.substituteHomes();
    }

    /** Prisoners' support cases. */
    public PrisonerSupportRepository prisonerSupport() {
        return cases.prisonerSupport();
    }

    /** Released prisoners' stays. */
    public ReleasedAccommodationRepository releasedAccommodation() {
        return cases.releasedAccommodation();
    }

    /** Resocialization cases. */
    public ResocializationRepository resocializations() {
        return cases.resocializations();
    }
}
