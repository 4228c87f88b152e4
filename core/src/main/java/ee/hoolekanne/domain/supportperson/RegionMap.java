package ee.hoolekanne.domain.supportperson;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which region each county belongs to (AHT-4), as data: the Social Insurance Board can redraw its
 * regions without a library change.
 *
 * @param regions every county's region
 */
public record RegionMap(Map<County, Region> regions) {

    /** Every county has a region. */
    public RegionMap {
        regions = Map.copyOf(regions);
        for (County county : County.values()) {
            if (!regions.containsKey(county)) {
                throw new IllegalArgumentException("county " + county + " has no region");
            }
        }
    }

    /**
     * The Social Insurance Board's regions in the substitute-care project (AHT-4): North (Harju,
     * Järva, Rapla), South (Tartu, Jõgeva, Viljandi, Valga, Põlva, Võru), West (Pärnu, Lääne,
     * Saare, Hiiu), East (Ida-Viru, Lääne-Viru).
     */
    public static RegionMap ska() {
        Map<County, Region> m = new EnumMap<>(County.class);
        for (County c : new County[] {County.HARJU, County.JARVA, County.RAPLA}) {
            m.put(c, Region.NORTH);
        }
        for (County c : new County[] {County.TARTU, County.JOGEVA, County.VILJANDI, County.VALGA, County.POLVA, County.VORU}) {
            m.put(c, Region.SOUTH);
        }
        for (County c : new County[] {County.PARNU, County.LAANE, County.SAARE, County.HIIU}) {
            m.put(c, Region.WEST);
        }
        for (County c : new County[] {County.IDA_VIRU, County.LAANE_VIRU}) {
            m.put(c, Region.EAST);
        }
        return new RegionMap(m);
    }

    /** The region of {@code county}. */
    public Region regionOf(County county) {
        return regions.get(Objects.requireNonNull(county, "county"));
    }
}
