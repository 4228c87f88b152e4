package ee.hoolekanne.socialhousing;

import ee.hoolekanne.testkit.contract.SocialHousingConcurrencyContract;
import ee.hoolekanne.testkit.inmemory.InMemorySocialHousing;
import ee.hoolekanne.usecase.SocialHousingPorts;

/** Eight caseworkers at once on the in-memory adapters. */
class SocialHousingConcurrencyTest extends SocialHousingConcurrencyContract {
    @Override
    protected SocialHousingPorts ports(InMemorySocialHousing memory) {
        return memory.ports();
    }
}
