package ee.hoolekanne.adapter.json;

/**
 * Thrown inside a decoder to stop at the first thing wrong; {@link HoolekanneJson} turns it into
 * a {@link DecodingError}. Carries no stack trace: it is control flow, not a bug.
 */
final class Refusal extends RuntimeException {

    private final transient DecodingError error;

    Refusal(DecodingError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    DecodingError error() {
        return error;
    }

    static Refusal invalid(At path, String problem) {
        return new Refusal(new DecodingError.Invalid(path.toString(), problem));
    }
}
