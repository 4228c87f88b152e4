package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.decision.StatedGround;
import ee.hoolekanne.domain.law.Rule;

/** Reading the parts of decisions every decision table shares. */
final class Decisions {

    private Decisions() {
    }

    /** The rule of the stored ID. @throws IllegalArgumentException for an ID not in the catalogue (corrupt data) */
    static Rule rule(String id) {
        return Rule.parse(id).getOrElseThrow(() -> new IllegalArgumentException("unknown rule ID"));
    }

    /** A legal basis from a row with {@code rule_id} and {@code provision}. */
    static LegalBasis basis(Row r) {
        return LegalBasis.of(rule(r.string("rule_id")), r.string("provision"));
    }

    /** A stated ground from a row with {@code rule_id}, {@code provision} and {@code description}. */
    static StatedGround stated(Row r) {
        return new StatedGround(rule(r.string("rule_id")), r.string("provision"), r.string("description"));
    }
}
