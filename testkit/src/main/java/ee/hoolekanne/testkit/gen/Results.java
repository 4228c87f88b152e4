package ee.hoolekanne.testkit.gen;

import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** Unwraps use-case results in tests, failing with the message of what came instead. */
public final class Results {

    private Results() {
    }

    /** The success, or an {@link AssertionError} with the failure's message. */
    public static <T> T ok(Either<? extends CaseFailure<?>, T> result) {
        return result.getOrElseThrow(f -> new AssertionError("expected success, got: " + f.message()));
    }

    /** The failure, or an {@link AssertionError} when the command succeeded. */
    public static <E> CaseFailure<E> failure(Either<CaseFailure<E>, ?> result) {
        return result.fold(f -> f, ok -> {
            throw new AssertionError("expected a failure, got success: " + ok);
        });
    }

    /** The domain's refusal ({@link CaseFailure.Refused}'s error), or an {@link AssertionError} when it is anything else. */
    public static <E> E refusal(Either<CaseFailure<E>, ?> result) {
        CaseFailure<E> failure = failure(result);
        if (failure instanceof CaseFailure.Refused<E> refused) {
            return refused.error();
        }
        throw new AssertionError("expected a refusal by a rule, got: " + failure.message());
    }
}
