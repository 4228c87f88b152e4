package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.letter.Letter;
import io.vavr.control.Either;

import java.util.Locale;

/**
 * The driven port that puts a {@link Letter} into words and renders it (HMS-3, HMS-6): the
 * authority's letterhead, the addressee, the number and date, the operative part, the reasons and
 * legal basis, every deadline with its explanation, how and by when to challenge, who decided.
 * {@code hoolekanne-adapters-letters} implements it with templates a municipality can override;
 * the testkit's {@code DecisionLettersContract} checks any implementation.
 */
public interface DecisionLetters {

    /**
     * Renders {@code letter} to {@code addressee} in {@code language} (Estonian, English or
     * Russian; another language gets Estonian).
     *
     * @return the rendered letter, or why it could not be rendered; never an exception
     */
    Either<LetterFailure, RenderedLetter> render(Letter letter, Addressee addressee, Locale language, LetterFormat format);
}
