package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.money.Money;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an applicant submitted (TSM-6): the household and the parts of § 6(2)-(3), any of which
 * may be missing. {@link #missingParts()} reports every missing part at once. The parts are
 * personal data, health data among them: {@code toString()} shows none of them.
 *
 * @param household                    the applicant and family members
 * @param contactData                  part 1
 * @param supportNetwork               part 2
 * @param residenceOrStay              part 3
 * @param monthlyIncome                part 4, income
 * @param assets                       part 4, other assets ("none" is an answer)
 * @param socialCoping                 part 5, including the activities help is needed with
 * @param infectionCertificateNeeded   whether part 6 is needed in this case
 * @param infectionCertificateAttached whether it is attached
 * @param supportingDocuments          references to the attached documents (§ 6(3))
 */
public record ApplicationForm(Household household, Option<String> contactData, Option<String> supportNetwork,
                              Option<String> residenceOrStay, Option<Money> monthlyIncome, Option<String> assets,
                              Option<String> socialCoping, boolean infectionCertificateNeeded,
                              boolean infectionCertificateAttached, List<String> supportingDocuments) {

    /** Options are required (none for a missing part); the documents are copied. */
    public ApplicationForm {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(contactData, "contactData");
        Objects.requireNonNull(supportNetwork, "supportNetwork");
        Objects.requireNonNull(residenceOrStay, "residenceOrStay");
        Objects.requireNonNull(monthlyIncome, "monthlyIncome");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(socialCoping, "socialCoping");
        supportingDocuments = List.copyOf(supportingDocuments);
    }

    /** TSM-6: the form if complete, or every missing part, in the order of § 6. */
    public Validation<Seq<MissingPart>, ApplicationForm> missingParts() {
        List<MissingPart> missing = new ArrayList<>();
        if (blank(contactData)) {
            missing.add(MissingPart.CONTACT_DATA);
        }
        if (blank(supportNetwork)) {
            missing.add(MissingPart.SUPPORT_NETWORK);
        }
        if (blank(residenceOrStay)) {
            missing.add(MissingPart.RESIDENCE_OR_STAY);
        }
        if (monthlyIncome.isEmpty() || blank(assets)) {
            missing.add(MissingPart.INCOME_AND_ASSETS);
        }
        if (blank(socialCoping)) {
            missing.add(MissingPart.SOCIAL_COPING);
        }
        if (infectionCertificateNeeded && !infectionCertificateAttached) {
            missing.add(MissingPart.INFECTION_CERTIFICATE);
        }
        if (supportingDocuments.isEmpty()) {
            missing.add(MissingPart.SUPPORTING_DOCUMENTS);
        }
        return missing.isEmpty() ? Validation.valid(this) : Validation.invalid(io.vavr.collection.List.ofAll(missing));
    }

    private static boolean blank(Option<String> part) {
        return part.isEmpty() || part.get().isBlank();
    }

    @Override
    public String toString() {
        return "ApplicationForm[" + household + ", " + supportingDocuments.size() + " documents]";
    }
}
