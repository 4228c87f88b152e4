package ee.hoolekanne.domain.supportperson;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The agreement a support person and a client sign (AHT-11): goals, the principles of
 * communication and confidentiality, and the language. Its texts are personal data:
 * {@code toString()} shows only the date and counts.
 *
 * @param signedOn                  the date
 * @param goals                     at least one goal
 * @param communicationPrinciples   how they communicate
 * @param confidentialityPrinciples what stays between them
 * @param language                  the language of cooperation
 */
public record CooperationAgreement(LocalDate signedOn, List<String> goals, String communicationPrinciples,
                                   String confidentialityPrinciples, ServiceLanguage language) {
    /** Every part is required; at least one goal; principles are not blank. */
    public CooperationAgreement {
        Objects.requireNonNull(signedOn, "signedOn");
        goals = List.copyOf(goals);
        Objects.requireNonNull(communicationPrinciples, "communicationPrinciples");
        Objects.requireNonNull(confidentialityPrinciples, "confidentialityPrinciples");
        Objects.requireNonNull(language, "language");
        if (goals.isEmpty() || communicationPrinciples.isBlank() || confidentialityPrinciples.isBlank()) {
            throw new IllegalArgumentException("a cooperation agreement states goals and both sets of principles");
        }
    }

    @Override
    public String toString() {
        return "CooperationAgreement[" + signedOn + ", " + goals.size() + " goals, " + language.language() + "]";
    }
}
