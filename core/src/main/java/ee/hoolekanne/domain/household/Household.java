package ee.hoolekanne.domain.household;

import ee.hoolekanne.domain.person.PersonalCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The applicant and the family members living in the same dwelling with a common household
 * (TSM-5 (3)). Ages are read from the personal codes, so "child under 18" is always a question
 * asked on a date. Immutable; {@code toString()} reveals only the counts.
 *
 * @param applicant the person who applies
 * @param members   the other family members, without the applicant, no duplicates
 */
public record Household(PersonalCode applicant, List<PersonalCode> members) {

    /** Copies the members; the applicant may not be listed again and members are unique. */
    public Household {
        Objects.requireNonNull(applicant, "applicant");
        members = List.copyOf(members);
        if (members.contains(applicant) || members.stream().distinct().count() != members.size()) {
            throw new IllegalArgumentException("household members must be distinct from each other and the applicant");
        }
    }

    /** A single person's household. */
    public static Household single(PersonalCode applicant) {
        return new Household(applicant, List.of());
    }

    /** Everyone, the applicant first. */
    public List<PersonalCode> everyone() {
        List<PersonalCode> all = new ArrayList<>();
        all.add(applicant);
        all.addAll(members);
        return List.copyOf(all);
    }

    /** Members of age {@code adultAge} or older on {@code date}, the applicant included if adult. */
    public List<PersonalCode> adultsOn(LocalDate date, int adultAge) {
        return everyone().stream().filter(p -> p.ageOn(date) >= adultAge).toList();
    }

    /** Members younger than {@code adultAge} on {@code date}. */
    public List<PersonalCode> childrenOn(LocalDate date, int adultAge) {
        return everyone().stream().filter(p -> p.ageOn(date) < adultAge).toList();
    }

    /**
     * TSM-4 / TSM-5: a household with at least one child under {@code adultAge} gets a separate
     * dwelling, anyone else a bed place in a room.
     */
    public PlacementKind placementKindOn(LocalDate date, int adultAge) {
        return childrenOn(date, adultAge).isEmpty() ? PlacementKind.BED_PLACE : PlacementKind.SEPARATE_DWELLING;
    }

    /** The number of people, applicant included. */
    public int size() {
        return members.size() + 1;
    }

    @Override
    public String toString() {
        return "Household[" + size() + " persons]";
    }
}
