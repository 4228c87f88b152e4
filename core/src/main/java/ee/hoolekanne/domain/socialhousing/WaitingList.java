package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.UnitId;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The waiting list (TSM-11): eligible applicants for whom every place was taken, in an order that
 * explains itself. Applicants wait per kind of placement, ordered by the date their application
 * became complete, then the date they were listed, then case id. Every addition, offer and
 * removal, and every move of position it causes, is recorded in {@link #changes()}. Immutable.
 *
 * @param id      the list's identifier
 * @param entries the applicants waiting
 * @param changes every change, oldest first
 */
public record WaitingList(String id, List<Entry> entries, List<Change> changes) {

    /**
     * One applicant waiting.
     *
     * @param caseId      the case
     * @param kind        what they wait for
     * @param completedOn when their application became complete (the first ordering key)
     * @param listedOn    when they were put on the list
     * @param offer       the place offered to them, if one was
     */
    public record Entry(CaseId caseId, PlacementKind kind, LocalDate completedOn, LocalDate listedOn,
                        Option<UnitId> offer) {
        /** All parts are required. */
        public Entry {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(completedOn, "completedOn");
            Objects.requireNonNull(listedOn, "listedOn");
            Objects.requireNonNull(offer, "offer");
        }
    }

    /**
     * A place in the order, with why it is there.
     *
     * @param rank   1 is next
     * @param caseId the case
     * @param kind   what they wait for
     * @param reason e.g. "application complete 2025-12-19, listed 2026-01-05"
     */
    public record Position(int rank, CaseId caseId, PlacementKind kind, String reason) {
    }

    /**
     * One change of the list.
     *
     * @param on     the date
     * @param caseId the case it concerns
     * @param kind   what happened
     * @param detail e.g. "rank 3 -> 2" or the reason for removal
     */
    public record Change(LocalDate on, CaseId caseId, ChangeKind kind, String detail) {
    }

    /** What happened to an entry. */
    public enum ChangeKind {
        /** Put on the list. */
        ADDED,
        /** Moved in the order because another entry was added or removed. */
        MOVED,
        /** Offered a freed place and notified (TSM-11). */
        OFFERED,
        /** Taken off the list (granted, refused, withdrawn). */
        REMOVED
    }

    /** Copies the lists; a case waits at most once. */
    public WaitingList {
        Objects.requireNonNull(id, "id");
        entries = List.copyOf(entries);
        changes = List.copyOf(changes);
        if (entries.stream().map(Entry::caseId).distinct().count() != entries.size()) {
            throw new IllegalArgumentException("a case waits at most once");
        }
    }

    /** An empty list. */
    public static WaitingList empty(String id) {
        return new WaitingList(id, List.of(), List.of());
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::completedOn)
            .thenComparing(Entry::listedOn).thenComparing(e -> e.caseId().value());

    /** The positions of those waiting for {@code kind}, next first. */
    public List<Position> positions(PlacementKind kind) {
        List<Entry> sorted = entries.stream().filter(e -> e.kind() == kind).sorted(ORDER).toList();
        List<Position> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            out.add(new Position(i + 1, e.caseId(), kind, "application complete " + e.completedOn() + ", listed "
                    + e.listedOn() + e.offer().map(u -> ", offered " + u).getOrElse("")));
        }
        return List.copyOf(out);
    }

    /** The first applicant waiting for {@code kind} who has not been offered a place yet. */
    public Option<Entry> next(PlacementKind kind) {
        return Option.ofOptional(entries.stream().filter(e -> e.kind() == kind && e.offer().isEmpty()).min(ORDER));
    }

    /** Whether the case is on the list. */
    public boolean contains(CaseId caseId) {
        return entries.stream().anyMatch(e -> e.caseId().equals(caseId));
    }

    /**
     * Puts an applicant on the list.
     *
     * @return the list, or {@link SocialHousingError.AlreadyWaiting} if the case already waits
     */
    public Either<SocialHousingError, WaitingList> add(CaseId caseId, PlacementKind kind, LocalDate completedOn,
                                                       LocalDate on) {
        if (contains(caseId)) {
            return Either.left(new SocialHousingError.AlreadyWaiting(caseId));
        }
        List<Entry> list = new ArrayList<>(entries);
        list.add(new Entry(caseId, kind, completedOn, on, Option.none()));
        return Either.right(withEntries(list, on, new Change(on, caseId, ChangeKind.ADDED,
                "application complete " + completedOn)));
    }

    /**
     * Records that {@code unit} was offered to the case and the applicant notified (TSM-11).
     *
     * @return the list, or {@link SocialHousingError.NotWaiting} if the case is not on it
     */
    public Either<SocialHousingError, WaitingList> offer(CaseId caseId, UnitId unit, LocalDate on) {
        if (!contains(caseId)) {
            return Either.left(new SocialHousingError.NotWaiting(caseId));
        }
        List<Entry> list = entries.stream().map(e -> e.caseId().equals(caseId)
                ? new Entry(e.caseId(), e.kind(), e.completedOn(), e.listedOn(), Option.some(unit)) : e).toList();
        List<Change> log = new ArrayList<>(changes);
        log.add(new Change(on, caseId, ChangeKind.OFFERED, "unit " + unit));
        return Either.right(new WaitingList(id, list, log));
    }

    /** Takes the case off the list, if it is on it, recording why and who moved up. */
    public WaitingList remove(CaseId caseId, LocalDate on, String reason) {
        if (!contains(caseId)) {
            return this;
        }
        List<Entry> list = entries.stream().filter(e -> !e.caseId().equals(caseId)).toList();
        return withEntries(list, on, new Change(on, caseId, ChangeKind.REMOVED, reason));
    }

    private WaitingList withEntries(List<Entry> newEntries, LocalDate on, Change change) {
        Map<CaseId, Integer> before = ranks(entries);
        Map<CaseId, Integer> after = ranks(newEntries);
        List<Change> log = new ArrayList<>(changes);
        log.add(change);
        newEntries.stream().sorted(ORDER).forEach(e -> {
            Integer old = before.get(e.caseId());
            Integer now = after.get(e.caseId());
            if (old != null && !old.equals(now)) {
                log.add(new Change(on, e.caseId(), ChangeKind.MOVED, "rank " + old + " -> " + now));
            }
        });
        return new WaitingList(id, newEntries, log);
    }

    private static Map<CaseId, Integer> ranks(List<Entry> list) {
        Map<CaseId, Integer> ranks = new HashMap<>();
        for (PlacementKind kind : PlacementKind.values()) {
            List<Entry> sorted = list.stream().filter(e -> e.kind() == kind).sorted(ORDER).toList();
            for (int i = 0; i < sorted.size(); i++) {
                ranks.put(sorted.get(i).caseId(), i + 1);
            }
        }
        return ranks;
    }
}
