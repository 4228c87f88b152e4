package ee.hoolekanne.usecase;

import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.PopulationRegister;
import ee.hoolekanne.port.out.TimeSource;
import ee.hoolekanne.port.out.WaitingListRepository;

import java.util.Objects;

/**
 * The driven ports the social housing service runs on.
 *
 * @param cases        the cases
 * @param stocks       the housing stock
 * @param waitingLists the waiting list
 * @param register     the population register
 * @param notifier     notifications to people
 * @param time         the clock
 * @param audit        the audit sink
 */
public record SocialHousingPorts(ApplicationRepository cases, HousingStockRepository stocks,
                                 WaitingListRepository waitingLists, PopulationRegister register, Notifier notifier,
                                 TimeSource time, AuditSink audit) {
    /** Every port is required. */
    public SocialHousingPorts {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(stocks, "stocks");
        Objects.requireNonNull(waitingLists, "waitingLists");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(audit, "audit");
    }
}
