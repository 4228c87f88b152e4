package ee.hoolekanne.domain.socialhousing;

import io.vavr.control.Option;

import java.util.Map;
import java.util.Set;

/**
 * Which area centre (piirkonnakeskus) of the social welfare department serves which city district
 * (linnaosa), as the population register names it (TSM-6, § 6(1): an adult applies to the social
 * work specialist of the area centre of residence). The city's organisation, not the regulation:
 * data the municipality gives. The sources name no centre and no district, so the library ships
 * none ({@link #none()}); until they are given, where an application was filed is recorded but
 * not checked.
 *
 * @param byDistrict the area centre serving each district
 */
public record AreaCentres(Map<String, String> byDistrict) {

    /** Copies the map. */
    public AreaCentres {
        byDistrict = Map.copyOf(byDistrict);
    }

    /** No area centres given: filing is recorded, not checked. */
    public static AreaCentres none() {
        return new AreaCentres(Map.of());
    }

    /** Area centres serving the districts listed for each, e.g. {@code "Annelinn" -> Set.of("Annelinn", "Ihaste")}. */
    public static AreaCentres of(Map<String, Set<String>> districtsByCentre) {
        Map<String, String> byDistrict = new java.util.HashMap<>();
        districtsByCentre.forEach((centre, districts) -> districts.forEach(district -> {
            if (byDistrict.put(district, centre) != null) {
                throw new IllegalArgumentException("a district is served by one area centre");
            }
        }));
        return new AreaCentres(byDistrict);
    }

    /** Whether any centre is given. */
    public boolean isEmpty() {
        return byDistrict.isEmpty();
    }

    /** The centre serving {@code district}, none for a district no centre lists. */
    public Option<String> centreFor(String district) {
        return Option.of(byDistrict.get(district));
    }
}
