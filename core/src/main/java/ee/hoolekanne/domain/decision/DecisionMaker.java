package ee.hoolekanne.domain.decision;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * Who made a decision (HMS-4): the body, the role in which it decided (matched against the
 * competence of the service's {@link ProcedureRules}), and the official who signed it. The
 * signer's name is personal data: {@link #toString()} leaves it out.
 *
 * @param body   the body, as it appears on the decision, e.g. {@code Tartu Linnavalitsus}
 * @param role   the deciding body or role, e.g. {@link ProcedureRules#TARTU_COMMITTEE}
 * @param signer the official who signed it, if recorded
 */
public record DecisionMaker(String body, String role, Option<String> signer) {

    /** The body and role are required and not blank. */
    public DecisionMaker {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(signer, "signer");
        if (body.isBlank() || role.isBlank()) {
            throw new IllegalArgumentException("a decision maker is named");
        }
        if (signer.exists(String::isBlank)) {
            throw new IllegalArgumentException("a signer is named");
        }
    }

    /** A body deciding in the role {@code role}, signed by {@code signer}. */
    public DecisionMaker(String body, String role, String signer) {
        this(body, role, Option.some(signer));
    }

    /**
     * A maker recorded before the library asked for a role: the body is also its role. For reading
     * old records; a use case refuses it unless the body is itself a competent role.
     */
    public DecisionMaker(String body) {
        this(body, body, Option.none());
    }

    @Override
    public String toString() {
        return "DecisionMaker[body=" + body + ", role=" + role + ", signer=" + (signer.isDefined() ? "(recorded)" : "none") + "]";
    }
}
