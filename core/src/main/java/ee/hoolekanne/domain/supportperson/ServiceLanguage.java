package ee.hoolekanne.domain.supportperson;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * The language a service is provided in and whether an interpreter is involved (RVK-3).
 *
 * @param language      Estonian, Russian, English or another
 * @param otherLanguage the other language's name, exactly when {@code language} is OTHER
 * @param interpreter   whether an interpreter is involved
 */
public record ServiceLanguage(Language language, Option<String> otherLanguage, boolean interpreter) {
    /** An OTHER language is named; the three named languages are not. */
    public ServiceLanguage {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(otherLanguage, "otherLanguage");
        if ((language == Language.OTHER) != otherLanguage.exists(s -> !s.isBlank())) {
            throw new IllegalArgumentException("name the other language, and only for OTHER");
        }
    }

    /** One of the three named languages, without an interpreter. */
    public static ServiceLanguage of(Language language) {
        return new ServiceLanguage(language, Option.none(), false);
    }

    /** Another language, e.g. Arabic, with an interpreter. */
    public static ServiceLanguage otherWithInterpreter(String name) {
        return new ServiceLanguage(Language.OTHER, Option.some(name), true);
    }
}
