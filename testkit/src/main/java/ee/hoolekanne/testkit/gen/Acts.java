package ee.hoolekanne.testkit.gen;

import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Hearing;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.decision.Reasons;

import java.time.LocalDate;

/**
 * Decision makers with competence under the built-in procedures (HMS-4) and reasons with a hearing
 * (HMS-2, HMS-5), for fixtures and contract suites. The bodies are named as earlier versions of the testkit named them, so documents written then
 * still compare; the signers' names are invented.
 */
public final class Acts {

    /** Tartu's social housing committee (TSM-8). */
    public static final DecisionMaker TARTU_COMMITTEE = new DecisionMaker(
            "Welfare committee of the Social Welfare and Health Care Department of Tartu City Government", ProcedureRules.TARTU_COMMITTEE,
            "Kati Kask");
    /** The head of Lasnamäe district's welfare department (RES-8). */
    public static final DecisionMaker LASNAMAE_HEAD = new DecisionMaker(
            "Head of the social welfare department, Lasnamäe district government", ProcedureRules.TALLINN_HEAD, "Peeter Paju");
    /** Tartu's social worker deciding a referral (RVK-5). */
    public static final DecisionMaker TARTU_SOCIAL_WORKER = new DecisionMaker(
            "Tartu City Government, social department", ProcedureRules.KOV_SOCIAL_WORKER, "Anna Ants");

    private Acts() {
    }

    /** The provider {@code provider} extending a stay (JUS-5). */
    public static DecisionMaker justiceProvider(String provider) {
        return new DecisionMaker(provider, ProcedureRules.JUSTICE_PROVIDER, "Jaan Jõgi");
    }

    /**
     * The reasons of a decision made on {@code on} (HMS-2), with the person heard that day
     * (HMS-5), so a refusal or an end may rest on them too.
     */
    public static Reasons reasons(LocalDate on) {
        return Reasons.of("The assessment of the need and the documents of the case were examined.")
                .heard(new Hearing.Held(on, "orally, at a meeting"));
    }
}
