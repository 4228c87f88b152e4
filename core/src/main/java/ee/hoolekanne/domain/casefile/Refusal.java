package ee.hoolekanne.domain.casefile;

/**
 * What every service's domain error is: a rule refused a step of a case, and says why in a
 * sentence free of personal data ({@code SocialHousingError}, {@code SupportServiceError},
 * {@code ResocializationError}).
 */
public interface Refusal {

    /** Why, in English, for a developer or a log; free of personal data. */
    String message();
}
