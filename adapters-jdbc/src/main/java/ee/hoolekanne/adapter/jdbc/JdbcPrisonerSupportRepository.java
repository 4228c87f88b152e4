package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.justice.Contact;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.supportperson.Assignment;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Prisoners' support-person cases (JUS-1, JUS-2) in {@code jus_support} (id, version), {@code jus_support_state} and {@code jus_contact}. */
final class JdbcPrisonerSupportRepository implements PrisonerSupportRepository {

    private static final List<String> CHILDREN = List.of("jus_support_state", "jus_contact");
    private static final CaseTable TABLE = new CaseTable("jus_support", "jus_support_state", "case_id", "prisoner case");

    private final Jdbc.Db db;

    JdbcPrisonerSupportRepository(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<PrisonerSupport>>> load(CaseId key) {
        return Jdbc.read(db, key.value(), c -> TABLE.load(db, c, key.value(), JdbcPrisonerSupportRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<PrisonerSupport>> findOpen() {
        return Jdbc.read(db, "findOpen", c -> TABLE.loadAll(db, c, "SELECT case_id FROM ~jus_support_state WHERE state <> 'Ended'",
                List.of(), JdbcPrisonerSupportRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<PrisonerSupport>> casesAbout(PersonalCode person) {
        return Jdbc.read(db, "casesAbout", c -> TABLE.loadAll(db, c, "SELECT case_id FROM ~jus_support_state WHERE prisoner = ?",
                List.of(person.value()), JdbcPrisonerSupportRepository::rebuild));
    }

    private static Either<String, PrisonerSupport> rebuild(Children ch, String id, Row rs) throws SQLException {
        CaseId caseId = new CaseId(id);
        PersonalCode prisoner = PersonalCode.parse(rs.string("prisoner")).getOrElseThrow(e -> new IllegalArgumentException(e.message()));
        LocalDate release = rs.date("release_date");
        LocalDate requested = rs.date("requested_on");
        FundingSource funding = FundingSource.valueOf(rs.string("funding"));
        Assignment assignment = rs.string("sp_id") == null ? null : new Assignment(new SupportPersonId(rs.string("sp_id")),
                SupportPersonKind.valueOf(rs.string("sp_kind")), new ProviderId(rs.string("sp_provider")), rs.date("sp_from"));
        List<Contact> contacts = ch.of("jus_contact", "case_id", id, "position").stream()
                .map(r -> new Contact(r.date("on_date"), Contact.Party.valueOf(r.string("party")), r.string("note"))).toList();
        Either<SupportServiceError, PrisonerSupport> rebuilt = switch (rs.string("state")) {
            case "Requested" -> PrisonerSupport.Reconstitute.requested(caseId, prisoner, release, requested, funding);
            case "Supporting" -> PrisonerSupport.Reconstitute.supporting(caseId, prisoner, release, requested, funding, assignment,
                    contacts, Option.of(rs.date("released_on")));
            case "Ended" -> PrisonerSupport.Reconstitute.ended(caseId, prisoner, release, requested, funding, assignment, contacts,
                    rs.date("ended_on"), rs.string("end_reason"));
            default -> Either.left(new SupportServiceError.Invalid("unknown state"));
        };
        return rebuilt.mapLeft(SupportServiceError::message);
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId key, PrisonerSupport p, long expectedVersion) {
        return Jdbc.saveVersioned(db, "jus_support", key.value(), expectedVersion, CHILDREN, "case_id", c -> write(c, key.value(), p));
    }

    private void write(Connection c, String id, PrisonerSupport p) throws SQLException {
        Assignment a = switch (p) {
            case PrisonerSupport.Supporting s -> s.assignment();
            case PrisonerSupport.Ended e -> e.assignment();
            case PrisonerSupport.Requested r -> null;
        };
        List<Contact> contacts = switch (p) {
            case PrisonerSupport.Supporting s -> s.contacts();
            case PrisonerSupport.Ended e -> e.contacts();
            case PrisonerSupport.Requested r -> List.of();
        };
        try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~jus_support_state (case_id, state, prisoner, release_date, "
                + "requested_on, funding, sp_id, sp_kind, sp_provider, sp_from, released_on, ended_on, end_reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            ps.setString(1, id);
            ps.setString(2, p.state());
            ps.setString(3, p.prisoner().value());
            ps.setDate(4, Jdbc.date(p.releaseDate()));
            ps.setDate(5, Jdbc.date(p.requestedOn()));
            ps.setString(6, p.funding().name());
            ps.setString(7, a == null ? null : a.supportPerson().value());
            ps.setString(8, a == null ? null : a.kind().name());
            ps.setString(9, a == null ? null : a.provider().value());
            ps.setDate(10, a == null ? null : Jdbc.date(a.from()));
            ps.setDate(11, p instanceof PrisonerSupport.Supporting s ? s.releasedOn().map(Jdbc::date).getOrNull() : null);
            ps.setDate(12, p instanceof PrisonerSupport.Ended e ? Jdbc.date(e.endedOn()) : null);
            ps.setString(13, p instanceof PrisonerSupport.Ended e ? e.reason() : null);
            ps.executeUpdate();
        }
        Jdbc.insertAll(db, c, "INSERT INTO ~jus_contact (case_id, position, on_date, party, note) VALUES (?, ?, ?, ?, ?)", contacts,
                (ps, i, ct) -> {
                    ps.setString(1, id);
                    ps.setInt(2, i);
                    ps.setDate(3, Jdbc.date(ct.on()));
                    ps.setString(4, ct.party().name());
                    ps.setString(5, ct.note());
                });
    }
}
