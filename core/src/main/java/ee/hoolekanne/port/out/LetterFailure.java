package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.Refusal;

/** Why a letter could not be rendered; messages are for developers, in English, free of personal data. */
public sealed interface LetterFailure extends Refusal {

    /**
     * A template is missing or broken, e.g. a municipality's override with a syntax error.
     *
     * @param template the template's name
     * @param reason   what is wrong, without the values it was given
     */
    record Template(String template, String reason) implements LetterFailure {
        @Override
        public String message() {
            return "the letter template " + template + " failed: " + reason;
        }
    }

    /**
     * The HTML could not be turned into a PDF.
     *
     * @param reason what failed
     */
    record Rendering(String reason) implements LetterFailure {
        @Override
        public String message() {
            return "the letter could not be rendered: " + reason;
        }
    }
}
