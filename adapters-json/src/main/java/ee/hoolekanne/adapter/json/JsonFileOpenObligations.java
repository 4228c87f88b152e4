package ee.hoolekanne.adapter.json;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.port.out.OpenObligations;
import ee.hoolekanne.port.out.RepositoryError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The open obligations of every case as one JSON file a kind of case, in
 * {@code open-obligations/<kind>.json}: each obligation with its deadline as it was given (trigger,
 * term, due and nominal dates, skipped days with their holidays, legal basis, event), so it reads
 * back equal even after the calendar has changed; nothing is recomputed. A replace rewrites its
 * kind's file under the folder's lock and joins the running transaction of {@link JsonFolder}.
 *
 * <p>This is the adapter's own storage format, not a published document type: the published
 * {@code deadline-watch} document checks its deadlines against the calendar, which a read model
 * kept across calendar changes must not do.
 */
final class JsonFileOpenObligations implements OpenObligations {

    /** The version of this adapter's file format: 2 adds when a term ends on its due date (CAL-9); files of 1 are read. */
    private static final int FORMAT = 2;

    private final JsonFolder folder;
    private final Path dir;

    JsonFileOpenObligations(JsonFolder folder) {
        this.folder = folder;
        this.dir = folder.dir().resolve("open-obligations");
    }

    /** One kind's file. */
    record KindFile(int format, String kind, List<Stored> obligations) {
    }

    /** One obligation, its deadline's parts spelled out. */
    record Stored(String caseId, String duty, String reference, String trigger, int termAmount, String termUnit,
                  String termDirection, String dueDate, String nominalDate, List<Day> skippedDays, String ruleId,
                  String provision, String event, String endsAtInstitution, String endsAtCloses) {
    }

    /** A skipped day, with its holiday's key and names when it is a public holiday. */
    record Day(String date, String holidayKey, String holidayEt, String holidayEn) {
    }

    @Override
    public Either<RepositoryError, Integer> replace(CaseKind kind, CaseId id, List<Obligation> obligations) {
        if (obligations.stream().anyMatch(o -> o.kind() != kind || !o.caseId().equals(id))) {
            return Either.left(new RepositoryError.Unavailable("an obligation of another case was given for " + kind.key() + " " + id));
        }
        return folder.locked(() -> read(kind).flatMap(stored -> {
            List<Obligation> next = new ArrayList<>(stored.stream().filter(o -> !o.caseId().equals(id)).toList());
            next.addAll(obligations);
            return write(kind, next).map(done -> obligations.size());
        }));
    }

    @Override
    public Either<RepositoryError, Integer> replaceAll(CaseKind kind, List<Obligation> obligations) {
        if (obligations.stream().anyMatch(o -> o.kind() != kind)) {
            return Either.left(new RepositoryError.Unavailable("an obligation of another kind was given for " + kind.key()));
        }
        return folder.locked(() -> write(kind, obligations).map(done -> obligations.size()));
    }

    @Override
    public Either<RepositoryError, List<Obligation>> dueBy(LocalDate horizon) {
        List<Obligation> due = new ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            Either<RepositoryError, List<Obligation>> stored = read(kind);
            if (stored.isLeft()) {
                return stored;
            }
            stored.get().stream().filter(o -> !o.deadline().dueDate().isAfter(horizon)).forEach(due::add);
        }
        due.sort(DeadlineWatch.ORDER);
        return Either.right(List.copyOf(due));
    }

    private Path file(CaseKind kind) {
        return dir.resolve(kind.key() + ".json");
    }

    private Either<RepositoryError, Void> write(CaseKind kind, List<Obligation> obligations) {
        try {
            if (obligations.isEmpty()) {
                folder.delete(file(kind));
            } else {
                KindFile content = new KindFile(FORMAT, kind.key(), obligations.stream().map(JsonFileOpenObligations::stored).toList());
                folder.write(file(kind), HoolekanneJson.mapper().writeValueAsBytes(content));
            }
            return Either.right(null);
        } catch (IOException e) {
            return Either.left(new RepositoryError.Unavailable("the open obligations of " + kind.key()
                    + " could not be written (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private Either<RepositoryError, List<Obligation>> read(CaseKind kind) {
        Optional<byte[]> bytes;
        try {
            bytes = folder.read(file(kind));
        } catch (IOException e) {
            return Either.left(new RepositoryError.Unavailable("the open obligations of " + kind.key()
                    + " could not be read (" + e.getClass().getSimpleName() + ")"));
        }
        if (bytes.isEmpty()) {
            return Either.right(List.of());
        }
        try {
            KindFile content = HoolekanneJson.mapper().readValue(bytes.get(), KindFile.class);
            if (content == null || content.format() < 1 || content.format() > FORMAT || !kind.key().equals(content.kind()) || content.obligations() == null) {
                return Either.left(corrupt(kind, "not a version " + FORMAT + " file of this kind"));
            }
            List<Obligation> out = new ArrayList<>(content.obligations().size());
            for (Stored s : content.obligations()) {
                out.add(obligation(kind, s));
            }
            return Either.right(out);
        } catch (JsonProcessingException e) {
            return Either.left(corrupt(kind, HoolekanneJson.error(e).message()));
        } catch (IOException e) {
            return Either.left(corrupt(kind, "unreadable"));
        } catch (RuntimeException e) {
            // a missing part, an unknown duty or rule, a date that is no date: typed, quoting nothing
            return Either.left(corrupt(kind, "an obligation is incomplete or invalid (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static RepositoryError corrupt(CaseKind kind, String why) {
        return new RepositoryError.Unavailable("the stored open obligations of " + kind.key() + " are corrupt: " + why);
    }

    private static Stored stored(Obligation o) {
        Deadline d = o.deadline();
        return new Stored(o.caseId().value(), o.duty().name(), o.reference().getOrNull(), d.trigger().toString(),
                d.term().amount(), d.term().unit().name(), d.term().direction().name(), d.dueDate().toString(),
                d.nominalDate().toString(), d.skippedDays().stream().map(day -> new Day(day.date().toString(),
                        day.holiday().map(PublicHoliday::key).getOrNull(), day.holiday().map(PublicHoliday::estonianName).getOrNull(),
                        day.holiday().map(PublicHoliday::englishName).getOrNull())).toList(),
                d.legalBasis().map(LegalBasis::ruleId).getOrNull(), d.legalBasis().map(LegalBasis::provision).getOrNull(),
                d.event().getOrNull(), d.endsAt() instanceof TermEnd.OfficeClose c ? c.institution() : null,
                d.endsAt() instanceof TermEnd.OfficeClose c ? c.closes().toString() : null);
    }

    private static Obligation obligation(CaseKind kind, Stored s) {
        List<NonWorkingDay> days = s.skippedDays().stream().map(day -> {
            LocalDate date = LocalDate.parse(day.date());
            return new NonWorkingDay(date, Option.of(day.holidayKey())
                    .map(key -> new PublicHoliday(date, key, day.holidayEt(), day.holidayEn())));
        }).toList();
        Option<LegalBasis> basis = Option.of(s.ruleId()).map(id -> LegalBasis.of(Rule.parse(id)
                .getOrElseThrow(() -> new NoSuchElementException("rule")), s.provision()));
        Deadline deadline = new Deadline(LocalDate.parse(s.trigger()), new Term(s.termAmount(), Term.Unit.valueOf(s.termUnit()),
                Term.Direction.valueOf(s.termDirection())), LocalDate.parse(s.dueDate()), LocalDate.parse(s.nominalDate()),
                days, basis, Option.of(s.event()), s.endsAtInstitution() == null ? TermEnd.MIDNIGHT
                : new TermEnd.OfficeClose(s.endsAtInstitution(), LocalTime.parse(s.endsAtCloses())));
        return new Obligation(kind, new CaseId(s.caseId()), Duty.valueOf(s.duty()), Option.of(s.reference()), deadline);
    }
}
