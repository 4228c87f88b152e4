package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.usecase.SocialHousingPorts;

import java.time.LocalDate;

/**
 * Every driven port of the social housing service in memory, wired together: the quickest way to
 * run the use cases in a test.
 *
 * @param cases        cases
 * @param stocks       housing stock
 * @param waitingLists waiting list
 * @param register     population register
 * @param notifier     notifier
 * @param time         clock
 * @param audit        audit sink
 */
public record InMemorySocialHousing(InMemoryApplicationRepository cases, InMemoryHousingStockRepository stocks,
                                    InMemoryWaitingListRepository waitingLists, InMemoryPopulationRegister register,
                                    RecordingNotifier notifier, SettableTimeSource time, InMemoryAuditSink audit) {

    /** Fresh, empty ports with the clock on {@code today}. */
    public static InMemorySocialHousing create(LocalDate today) {
        return new InMemorySocialHousing(new InMemoryApplicationRepository(), new InMemoryHousingStockRepository(),
                new InMemoryWaitingListRepository(), new InMemoryPopulationRegister(), new RecordingNotifier(),
                new SettableTimeSource(today), new InMemoryAuditSink());
    }

    /** The ports, for {@link ee.hoolekanne.usecase.SocialHousingService}. */
    public SocialHousingPorts ports() {
        return new SocialHousingPorts(cases, stocks, waitingLists, register, notifier, time, audit);
    }
}
