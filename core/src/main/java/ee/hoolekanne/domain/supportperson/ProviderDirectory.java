package ee.hoolekanne.domain.supportperson;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The providers of a service, with their regions or locations and contract periods (AHT-4,
 * JUS-6). {@link #forCounty} answers AHT-11: the provider of the region of the county where the
 * person lives now, on that date.
 *
 * @param providers the providers
 * @param regions   counties to regions
 */
public record ProviderDirectory(List<ServiceProvider> providers, RegionMap regions) {

    /** Copies the list. */
    public ProviderDirectory {
        providers = List.copyOf(providers);
        Objects.requireNonNull(regions, "regions");
    }

    /**
     * AHT-11: the provider of {@code service} contracted on {@code date} for the region of
     * {@code countyLivedIn}, the county where the person lives now (never where they come from).
     */
    public Option<ServiceProvider> forCounty(String service, County countyLivedIn, LocalDate date) {
        Region region = regions.regionOf(countyLivedIn);
        return Option.ofOptional(providers.stream()
                .filter(p -> p.service().equals(service) && p.regions().contains(region) && p.contract().contains(date))
                .findFirst());
    }

    /** JUS-6: the providers of {@code service} at {@code location} on {@code date}. */
    public List<ServiceProvider> atLocation(String service, String location, LocalDate date) {
        return providers.stream()
                .filter(p -> p.service().equals(service) && p.locations().contains(location) && p.contract().contains(date))
                .toList();
    }
}
