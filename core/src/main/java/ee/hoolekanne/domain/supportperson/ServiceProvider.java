package ee.hoolekanne.domain.supportperson;

import ee.hoolekanne.domain.calendar.EffectivePeriod;

import java.util.Objects;
import java.util.Set;

/**
 * A provider contracted for a service in some regions or at some locations for a period: directory
 * data (AHT-4, JUS-6), never code.
 *
 * @param id        the provider
 * @param name      the organisation, e.g. "MTÜ Suunatuli"
 * @param service   what it provides, e.g. "youth support person"
 * @param regions   the regions it serves (empty for a provider by location)
 * @param locations the places it serves (e.g. Laitse, Pärnu for JUS-6; empty for a provider by region)
 * @param contract  the period it is contracted for
 */
public record ServiceProvider(ProviderId id, String name, String service, Set<Region> regions, Set<String> locations,
                              EffectivePeriod contract) {
    /** Copies the sets. */
    public ServiceProvider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
        regions = Set.copyOf(regions);
        locations = Set.copyOf(locations);
        Objects.requireNonNull(contract, "contract");
    }
}
