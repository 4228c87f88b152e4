package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.DeliveryMethod;
import ee.hoolekanne.domain.decision.Hearing;
import ee.hoolekanne.domain.decision.Reasons;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes a stored decision an administrative act (HMS-2, HMS-4, HMS-5), in the two tables
 * every deciding service has: {@code <prefix>_decision_act} (role, signer, hearing) and {@code
 * <prefix>_decision_fact} (the facts, one row each), keyed by case and decision ID.
 */
final class DecisionActs {

    private DecisionActs() {
    }

    /** The two tables of {@code prefix}, children first, for deleting a case's rows. */
    static List<String> tables(String prefix) {
        return List.of(prefix + "_decision_fact", prefix + "_decision_act");
    }

    /** Writes the act rows of {@code decisions} of case {@code caseId}; the case's old rows are already deleted. */
    static void write(Jdbc.Db db, Connection c, String prefix, String caseId, List<Decision> decisions) throws SQLException {
        Map<String, Decision> unique = new java.util.LinkedHashMap<>();
        decisions.forEach(d -> unique.putIfAbsent(d.id().value(), d));
        Jdbc.insertAll(db, c, "INSERT INTO ~" + prefix + "_decision_act (case_id, decision_id, role, signer, hearing_kind, hearing_on, "
                + "hearing_how, hearing_provision, hearing_reason, delivery_method, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", List.copyOf(unique.values()), (ps, i, d) -> {
                    Hearing hearing = d.reasons().hearing().getOrNull();
                    ps.setString(1, caseId);
                    ps.setString(2, d.id().value());
                    ps.setString(3, d.madeBy().role());
                    ps.setString(4, d.madeBy().signer().getOrNull());
                    ps.setString(5, hearing == null ? null : hearing instanceof Hearing.Held ? "HELD" : "NOT_HELD");
                    ps.setDate(6, hearing instanceof Hearing.Held held ? Jdbc.date(held.on()) : null);
                    ps.setString(7, hearing instanceof Hearing.Held held ? held.how() : null);
                    ps.setString(8, hearing instanceof Hearing.NotHeld not ? not.provision() : null);
                    ps.setString(9, hearing instanceof Hearing.NotHeld not ? not.reason() : null);
                    ps.setString(10, d.delivery().map(x -> x.method().name()).getOrNull());
                    ps.setString(11, d.delivery().map(x -> x.at().toString()).getOrNull());
                });
        List<String[]> facts = new ArrayList<>();
        for (Decision d : unique.values()) {
            d.reasons().facts().forEach(f -> facts.add(new String[] {d.id().value(), f}));
        }
        Map<String, Integer> positions = new HashMap<>();
        Jdbc.insertAll(db, c, "INSERT INTO ~" + prefix + "_decision_fact (case_id, decision_id, position, fact) VALUES (?, ?, ?, ?)", facts,
                (ps, i, f) -> {
                    ps.setString(1, caseId);
                    ps.setString(2, f[0]);
                    ps.setInt(3, positions.merge(f[0], 1, Integer::sum) - 1);
                    ps.setString(4, f[1]);
                });
    }

    /** The acts of case {@code caseId} by decision ID. */
    static Map<String, Act> read(Children ch, String prefix, String caseId) throws SQLException {
        Map<String, List<String>> facts = new HashMap<>();
        for (Row f : ch.of(prefix + "_decision_fact", "case_id", caseId, "decision_id, position")) {
            facts.computeIfAbsent(f.string("decision_id"), k -> new ArrayList<>()).add(f.string("fact"));
        }
        Map<String, Act> acts = new HashMap<>();
        for (Row a : ch.of(prefix + "_decision_act", "case_id", caseId, "decision_id")) {
            String id = a.string("decision_id");
            String kind = a.string("hearing_kind");
            Option<Hearing> hearing = kind == null ? Option.none() : Option.some(switch (kind) {
                case "HELD" -> new Hearing.Held(a.date("hearing_on"), a.string("hearing_how"));
                case "NOT_HELD" -> new Hearing.NotHeld(a.string("hearing_provision"), a.string("hearing_reason"));
                default -> throw new IllegalArgumentException("unknown hearing kind");
            });
            Option<Delivery> delivery = a.string("delivery_method") == null ? Option.none() : Option.some(new Delivery(
                    DeliveryMethod.valueOf(a.string("delivery_method")), java.time.Instant.parse(a.string("delivered_at"))));
            acts.put(id, new Act(a.string("role"), Option.of(a.string("signer")),
                    new Reasons(facts.getOrDefault(id, List.of()), hearing), delivery));
        }
        return acts;
    }

    /** {@code bare} (read from a service's decision columns) with its act, if stored. */
    static Decision complete(Decision bare, Map<String, Act> acts) {
        Act act = acts.get(bare.id().value());
        if (act == null) {
            return bare;
        }
        return new Decision(bare.id(), new DecisionMaker(bare.madeBy().body(), act.role(), act.signer()), bare.madeOn(),
                bare.outcome(), bare.legalBasis(), bare.supersedes(), act.reasons(), act.delivery());
    }

    /** The stored role, signer, reasons and delivery of one decision. */
    record Act(String role, Option<String> signer, Reasons reasons, Option<Delivery> delivery) {
    }
}
