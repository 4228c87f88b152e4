package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.NonWorkingDay;
import ee.hoolekanne.domain.calendar.PublicHoliday;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.calendar.TermEnd;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open obligations of every case in table {@code open_obligation}: one row an obligation, its
 * deadline's parts in columns and the days it skipped in one column (see migration V12), written
 * in the caller's transaction. The morning list is one range scan of the due-date index; nothing
 * is recomputed.
 */
final class JdbcOpenObligations implements OpenObligations {

    private static final String COLUMNS = "kind, case_id, position, duty, reference, due_date, nominal_date, trigger_date, term_amount, "
            + "term_unit, term_direction, rule_id, provision, event, skipped_days, ends_at_institution, ends_at_closes";

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
            delete(c, "DELETE FROM ~open_obligation WHERE kind = ?", kind.key(), null);
            insert(c, obligations);
            return Either.right(obligations.size());
        });
    }

    @Override
    public Either<RepositoryError, List<Obligation>> dueBy(LocalDate horizon) {
        return Jdbc.read(db, "dueBy", c -> {
            List<Obligation> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(db.sql("SELECT " + COLUMNS + " FROM ~open_obligation WHERE due_date <= ?"))) {
                ps.setDate(1, Jdbc.date(horizon));
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, PublicHoliday> holidays = new HashMap<>();
                    while (rs.next()) {
                        out.add(obligation(rs, holidays));
                    }
                }
            }
            out.sort(DeadlineWatch.ORDER);
            return Either.right(List.copyOf(out));
        });
    }

    /** One row as an obligation; the same holiday on the same day is one object (many deadlines skip Christmas). */
    private static Obligation obligation(ResultSet rs, Map<String, PublicHoliday> holidays) throws SQLException {
        CaseKind kind = CaseKind.ofKey(rs.getString(1)).getOrElseThrow(() -> new IllegalArgumentException("unknown kind of case"));
        Duty duty = Duty.ofKey(rs.getString(4)).getOrElseThrow(() -> new IllegalArgumentException("unknown duty"));
        Term term = new Term(rs.getInt(9), Term.Unit.valueOf(rs.getString(10)), Term.Direction.valueOf(rs.getString(11)));
        String rule = rs.getString(12);
        Option<LegalBasis> basis = rule == null ? Option.none() : Option.some(LegalBasis.of(Decisions.rule(rule), rs.getString(13)));
        Deadline deadline = new Deadline(rs.getDate(8).toLocalDate(), term, rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(),
                SkippedDays.decode(rs.getString(15), holidays), basis, Option.of(rs.getString(14)),
                rs.getString(16) == null ? TermEnd.MIDNIGHT : new TermEnd.OfficeClose(rs.getString(16), LocalTime.parse(rs.getString(17))));
        return new Obligation(kind, new CaseId(rs.getString(2)), duty, Option.of(rs.getString(5)), deadline);
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

    /** Inserts {@code obligations}, each case's numbered in their order, in one batch. */
    private void insert(Connection c, List<Obligation> obligations) throws SQLException {
        if (obligations.isEmpty()) {
            return;
        }
        Map<String, Integer> positions = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~open_obligation (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
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
                ps.setString(13, d.legalBasis().map(LegalBasis::provision).getOrNull());
                ps.setString(14, d.event().getOrNull());
                ps.setString(15, SkippedDays.encode(d.skippedDays()));
                TermEnd.OfficeClose close = d.endsAt() instanceof TermEnd.OfficeClose office ? office : null;
                ps.setString(16, close == null ? null : close.institution());
                ps.setString(17, close == null ? null : close.closes().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The days a deadline skipped, as one text: each day {@code yyyy-mm-dd}, with its holiday's
     * key, Estonian and English names after {@code |} when it is a public holiday; days separated
     * by {@code ;}; {@code %}, {@code |} and {@code ;} in a name escaped as {@code %25}, {@code %7C},
     * {@code %3B}.
     */
    static final class SkippedDays {

        private SkippedDays() {
        }

        static String encode(List<NonWorkingDay> days) {
            StringBuilder sb = new StringBuilder();
            for (NonWorkingDay day : days) {
                if (!sb.isEmpty()) {
                    sb.append(';');
                }
                sb.append(day.date());
                day.holiday().forEach(h -> sb.append('|').append(escape(h.key())).append('|').append(escape(h.estonianName()))
                        .append('|').append(escape(h.englishName())));
            }
            return sb.toString();
        }

        static List<NonWorkingDay> decode(String text, Map<String, PublicHoliday> holidays) {
            if (text.isEmpty()) {
                return List.of();
            }
            List<NonWorkingDay> days = new ArrayList<>();
            for (String day : text.split(";", -1)) {
                int bar = day.indexOf('|');
                LocalDate date = LocalDate.parse(bar < 0 ? day : day.substring(0, bar));
                if (bar < 0) {
                    days.add(new NonWorkingDay(date, Option.none()));
                } else {
                    PublicHoliday holiday = holidays.computeIfAbsent(day, d -> {
                        String[] parts = d.split("\\|", -1);
                        if (parts.length != 4) {
                            throw new IllegalArgumentException("not a skipped holiday");
                        }
                        return new PublicHoliday(date, unescape(parts[1]), unescape(parts[2]), unescape(parts[3]));
                    });
                    days.add(new NonWorkingDay(date, Option.some(holiday)));
                }
            }
            return List.copyOf(days);
        }

        private static String escape(String s) {
            return s.replace("%", "%25").replace("|", "%7C").replace(";", "%3B");
        }

        private static String unescape(String s) {
            return s.replace("%3B", ";").replace("%7C", "|").replace("%25", "%");
        }
    }
}
