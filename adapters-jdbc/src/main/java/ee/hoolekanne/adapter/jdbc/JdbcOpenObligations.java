package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.NonWorkingDay;
import ee.hoolekanne.domain.calendar.PublicHoliday;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.DeadlineWatch;
import ee.hoolekanne.domain.casefile.Duty;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.port.out.OpenObligations;
import ee.hoolekanne.port.out.RepositoryError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open obligations of every case in tables {@code open_obligation} (one row an obligation,
 * its deadline's parts in columns) and {@code open_obligation_skipped_day}: plain rows, written
 * in the caller's transaction. The morning list is one statement (a join over the due-date index);
 * nothing is recomputed.
 */
final class JdbcOpenObligations implements OpenObligations {

    private final Jdbc.Db db;

    JdbcOpenObligations(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Integer> replace(CaseKind kind, CaseId id, List<Obligation> obligations) {
        if (obligations.stream().anyMatch(o -> o.kind() != kind || !o.caseId().equals(id))) {
            return Either.left(new RepositoryError.Unavailable("an obligation of another case was given for " + kind.key() + " " + id));
        }
        return Jdbc.write(db, "obligations " + kind.key() + " " + id, c -> {
            delete(c, "DELETE FROM ~open_obligation_skipped_day WHERE kind = ? AND case_id = ?", kind.key(), id.value());
            delete(c, "DELETE FROM ~open_obligation WHERE kind = ? AND case_id = ?", kind.key(), id.value());
            insert(c, obligations);
            return Either.right(obligations.size());
        });
    }

    @Override
    public Either<RepositoryError, Integer> replaceAll(CaseKind kind, List<Obligation> obligations) {
        if (obligations.stream().anyMatch(o -> o.kind() != kind)) {
            return Either.left(new RepositoryError.Unavailable("an obligation of another kind was given for " + kind.key()));
        }
        return Jdbc.write(db, "obligations " + kind.key(), c -> {
            delete(c, "DELETE FROM ~open_obligation_skipped_day WHERE kind = ?", kind.key(), null);
            delete(c, "DELETE FROM ~open_obligation WHERE kind = ?", kind.key(), null);
            insert(c, obligations);
            return Either.right(obligations.size());
        });
    }

    @Override
    public Either<RepositoryError, List<Obligation>> dueBy(LocalDate horizon) {
        return Jdbc.read(db, "dueBy", c -> {
            Map<String, Row> heads = new LinkedHashMap<>();
            Map<String, List<NonWorkingDay>> skipped = new LinkedHashMap<>();
            for (Row r : Jdbc.rows(db, c, "SELECT o.*, s.seq, s.skipped_on, s.holiday_key, s.holiday_et, s.holiday_en FROM ~open_obligation o "
                    + "LEFT JOIN ~open_obligation_skipped_day s ON s.kind = o.kind AND s.case_id = o.case_id AND s.position = o.position "
                    + "WHERE o.due_date <= ? ORDER BY o.kind, o.case_id, o.position, s.seq", List.of(horizon))) {
                String key = r.string("kind") + "/" + r.string("case_id") + "/" + r.integer("position");
                heads.putIfAbsent(key, r);
                List<NonWorkingDay> days = skipped.computeIfAbsent(key, k -> new ArrayList<>());
                if (r.date("skipped_on") != null) {
                    days.add(new NonWorkingDay(r.date("skipped_on"), Option.of(r.string("holiday_key")).map(k -> new PublicHoliday(r.date("skipped_on"), k,
                            r.string("holiday_et"), r.string("holiday_en")))));
                }
            }
            List<Obligation> out = new ArrayList<>(heads.size());
            for (Map.Entry<String, Row> e : heads.entrySet()) {
                out.add(obligation(e.getValue(), skipped.get(e.getKey())));
            }
            out.sort(DeadlineWatch.ORDER);
            return Either.right(List.copyOf(out));
        });
    }

    private static Obligation obligation(Row r, List<NonWorkingDay> skipped) {
        CaseKind kind = CaseKind.ofKey(r.string("kind")).getOrElseThrow(() -> new IllegalArgumentException("unknown kind of case"));
        Duty duty = Duty.ofKey(r.string("duty")).getOrElseThrow(() -> new IllegalArgumentException("unknown duty"));
        Term term = new Term(r.integer("term_amount"), Term.Unit.valueOf(r.string("term_unit")),
                Term.Direction.valueOf(r.string("term_direction")));
        Deadline deadline = new Deadline(r.date("trigger_date"), term, r.date("due_date"), r.date("nominal_date"), skipped,
                Option.of(r.string("rule_id")).map(rule -> ee.hoolekanne.domain.calendar.LegalBasis.of(Decisions.rule(rule),
                        r.string("provision"))), Option.of(r.string("event")));
        return new Obligation(kind, new CaseId(r.string("case_id")), duty, Option.of(r.string("reference")), deadline);
    }

    private void delete(Connection c, String sql, String kind, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(db.sql(sql))) {
            ps.setString(1, kind);
            if (caseId != null) {
                ps.setString(2, caseId);
            }
            ps.executeUpdate();
        }
    }

    /** Inserts {@code obligations}, each case's numbered in their order, with their skipped days, in two batches. */
    private void insert(Connection c, List<Obligation> obligations) throws SQLException {
        if (obligations.isEmpty()) {
            return;
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~open_obligation (kind, case_id, position, duty, reference, "
                + "due_date, nominal_date, trigger_date, term_amount, term_unit, term_direction, rule_id, provision, event) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
             PreparedStatement days = c.prepareStatement(db.sql("INSERT INTO ~open_obligation_skipped_day (kind, case_id, position, seq, "
                     + "skipped_on, holiday_key, holiday_et, holiday_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
            boolean anyDay = false;
            for (Obligation o : obligations) {
                int position = positions.merge(o.kind().key() + "/" + o.caseId().value(), 1, Integer::sum) - 1;
                Deadline d = o.deadline();
                ps.setString(1, o.kind().key());
                ps.setString(2, o.caseId().value());
                ps.setInt(3, position);
                ps.setString(4, o.duty().name());
                ps.setString(5, o.reference().getOrNull());
                ps.setDate(6, Jdbc.date(d.dueDate()));
                ps.setDate(7, Jdbc.date(d.nominalDate()));
                ps.setDate(8, Jdbc.date(d.trigger()));
                ps.setInt(9, d.term().amount());
                ps.setString(10, d.term().unit().name());
                ps.setString(11, d.term().direction().name());
                ps.setString(12, d.legalBasis().map(b -> b.rule().id()).getOrNull());
                ps.setString(13, d.legalBasis().map(b -> b.provision()).getOrNull());
                ps.setString(14, d.event().getOrNull());
                ps.addBatch();
                for (int seq = 0; seq < d.skippedDays().size(); seq++) {
                    NonWorkingDay day = d.skippedDays().get(seq);
                    days.setString(1, o.kind().key());
                    days.setString(2, o.caseId().value());
                    days.setInt(3, position);
                    days.setInt(4, seq);
                    days.setDate(5, Jdbc.date(day.date()));
                    days.setString(6, day.holiday().map(PublicHoliday::key).getOrNull());
                    days.setString(7, day.holiday().map(PublicHoliday::estonianName).getOrNull());
                    days.setString(8, day.holiday().map(PublicHoliday::englishName).getOrNull());
                    days.addBatch();
                    anyDay = true;
                }
            }
            ps.executeBatch();
            if (anyDay) {
                days.executeBatch();
            }
        }
    }
}
