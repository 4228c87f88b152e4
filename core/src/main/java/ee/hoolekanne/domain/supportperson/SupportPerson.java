package ee.hoolekanne.domain.supportperson;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A support person (tugiisik): trusted or professional, volunteer or paid, with training and
 * education records and the languages they work in.
 *
 * @param id                  the id in the provider's register
 * @param kind                trusted or professional
 * @param engagement          volunteer or paid
 * @param trainings           trainings completed
 * @param socialFieldEducation whether they have an education in the social field
 * @param languages           languages they can work in
 * @param providerId          the provider they work through
 */
public record SupportPerson(SupportPersonId id, SupportPersonKind kind, Engagement engagement, List<Training> trainings,
                            boolean socialFieldEducation, Set<Language> languages, ProviderId providerId) {

    /** Copies the collections; at least one language. */
    public SupportPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(engagement, "engagement");
        trainings = List.copyOf(trainings);
        languages = Set.copyOf(languages);
        Objects.requireNonNull(providerId, "providerId");
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a support person works in at least one language");
        }
    }

    /**
     * AHT-10: a professional support person has completed support-person training or has an
     * education in the social field by {@code date}; a trusted one has "certain education or
     * training": at least one training or the education.
     */
    public boolean isQualifiedOn(LocalDate date) {
        boolean trained = trainings.stream().anyMatch(t -> !t.completedOn().isAfter(date));
        return trained || socialFieldEducation;
    }

    /** Whether they can work in {@code language}. */
    public boolean speaks(Language language) {
        return languages.contains(language);
    }
}
