package ee.hoolekanne.socialhousing;

import ee.hoolekanne.testkit.contract.SocialHousingConcurrencyContract;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.socialhousing.SocialHousingPorts;

/** Eight caseworkers at once on the in-memory adapters. */
class SocialHousingConcurrencyTest extends SocialHousingConcurrencyContract {
    @Override
    protected SocialHousingPorts ports(InMemoryAdapters memory) {
        return memory.socialHousingPorts();
    }
}
