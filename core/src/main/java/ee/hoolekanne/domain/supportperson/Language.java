package ee.hoolekanne.domain.supportperson;

/** Languages a service is provided in (RVK-3). */
public enum Language {
    /** Estonian. */
    ESTONIAN,
    /** Russian. */
    RUSSIAN,
    /** English. */
    ENGLISH,
    /** Another language the client understands, named in {@link ServiceLanguage#otherLanguage()}. */
    OTHER
}
