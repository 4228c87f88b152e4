package ee.hoolekanne.usecase.socialhousing;

import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.PopulationRegister;
import ee.hoolekanne.port.out.WaitingListRepository;

import java.util.Objects;

/**
 * The driven ports of the social housing service besides those every service runs on
 * ({@link ee.hoolekanne.usecase.CasePorts}).
 *
 * @param cases        the cases
 * @param stocks       the housing stock
 * @param waitingLists the waiting list
 * @param register     the population register
 */
public record SocialHousingPorts(ApplicationRepository cases, HousingStockRepository stocks,
                                 WaitingListRepository waitingLists, PopulationRegister register) {
    /** Every port is required. */
    public SocialHousingPorts {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(stocks, "stocks");
        Objects.requireNonNull(waitingLists, "waitingLists");
        Objects.requireNonNull(register, "register");
    }
}
