package ee.hoolekanne.domain.resocialization;

import ee.hoolekanne.domain.person.PersonalCode;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A written resocialization application (RES-7). Personal data: {@code toString()} shows none.
 *
 * @param applicant        the applicant's personal code
 * @param name             the applicant's name
 * @param residenceOrStay  place of residence and/or stay
 * @param contactDetails   contact details
 * @param householdMembers the household members who need accommodation too (none: not given; empty: nobody)
 * @param whyCounselling   why individual counselling and guidance are needed
 * @param whatHinders      what hinders coping independently
 * @param whyNoDwelling    why the socio-economic situation does not allow acquiring or renting a dwelling
 */
public record ResocializationForm(PersonalCode applicant, Option<String> name, Option<String> residenceOrStay,
                                  Option<String> contactDetails, Option<List<PersonalCode>> householdMembers,
                                  Option<String> whyCounselling, Option<String> whatHinders, Option<String> whyNoDwelling) {

    /** Options are required. */
    public ResocializationForm {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(residenceOrStay, "residenceOrStay");
        Objects.requireNonNull(contactDetails, "contactDetails");
        householdMembers = householdMembers.map(List::copyOf);
        Objects.requireNonNull(whyCounselling, "whyCounselling");
        Objects.requireNonNull(whatHinders, "whatHinders");
        Objects.requireNonNull(whyNoDwelling, "whyNoDwelling");
    }

    /** RES-7: the form, or every missing part at once. */
    public Validation<Seq<ApplicationPart>, ResocializationForm> validate() {
        List<ApplicationPart> missing = new ArrayList<>();
        check(name, ApplicationPart.NAME, missing);
        check(residenceOrStay, ApplicationPart.RESIDENCE_OR_STAY, missing);
        check(contactDetails, ApplicationPart.CONTACT_DETAILS, missing);
        if (householdMembers.isEmpty()) {
            missing.add(ApplicationPart.HOUSEHOLD_MEMBERS);
        }
        check(whyCounselling, ApplicationPart.WHY_COUNSELLING, missing);
        check(whatHinders, ApplicationPart.WHAT_HINDERS, missing);
        check(whyNoDwelling, ApplicationPart.WHY_NO_DWELLING, missing);
        return missing.isEmpty() ? Validation.valid(this) : Validation.invalid(io.vavr.collection.List.ofAll(missing));
    }

    private static void check(Option<String> part, ApplicationPart name, List<ApplicationPart> missing) {
        if (part.forAll(String::isBlank)) {
            missing.add(name);
        }
    }

    @Override
    public String toString() {
        return "ResocializationForm[" + householdMembers.map(List::size).map(n -> n + " household members").getOrElse("?") + "]";
    }
}
