package ee.hoolekanne.domain.housing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dwellings and bed places a provider has and who uses them when. Invariant: no unit is
 * allocated twice for overlapping periods; every change that would break it is refused with a
 * {@link StockError} and leaves the stock unchanged. Immutable: changes return a new stock.
 *
 * @param id          the stock's identifier (e.g. one per municipality and service)
 * @param units       the units, unique by id
 * @param allocations who uses which unit when
 */
public record HousingStock(String id, List<HousingUnit> units, List<Allocation> allocations) {

    /** Copies the lists and checks the invariant. */
    public HousingStock {
        Objects.requireNonNull(id, "id");
        units = List.copyOf(units);
        allocations = List.copyOf(allocations);
        if (units.stream().map(HousingUnit::id).distinct().count() != units.size()) {
            throw new IllegalArgumentException("unit ids must be unique");
        }
        Allocation overlap = firstOverlap(allocations);
        if (overlap != null) {
            throw new IllegalArgumentException("unit " + overlap.unit() + " is allocated twice for overlapping periods");
        }
    }

    /**
     * An allocation that overlaps another of the same unit, or null: sorts by unit and first day
     * and compares neighbours, so that a stock with a long history is checked in n log n.
     */
    private static Allocation firstOverlap(List<Allocation> allocations) {
        List<Allocation> sorted = new ArrayList<>(allocations);
        sorted.sort(java.util.Comparator.comparing((Allocation a) -> a.unit().value()).thenComparing(Allocation::from));
        for (int i = 1; i < sorted.size(); i++) {
            Allocation previous = sorted.get(i - 1);
            Allocation current = sorted.get(i);
            if (previous.unit().equals(current.unit()) && !current.from().isAfter(previous.until())) {
                return current;
            }
        }
        return null;
    }

    /** An empty stock. */
    public static HousingStock empty(String id) {
        return new HousingStock(id, List.of(), List.of());
    }

    /** This stock with one more unit, or {@link StockError.DuplicateUnit}. */
    public Either<StockError, HousingStock> withUnit(HousingUnit unit) {
        if (unit(unit.id()).isDefined()) {
            return Either.left(new StockError.DuplicateUnit(unit.id()));
        }
        List<HousingUnit> list = new ArrayList<>(units);
        list.add(unit);
        return Either.right(new HousingStock(id, list, allocations));
    }

    /** The unit with this id. */
    public Option<HousingUnit> unit(UnitId unitId) {
        return Option.ofOptional(units.stream().filter(u -> u.id().equals(unitId)).findFirst());
    }

    /** Whether the unit is free on every day of {@code from..until}. */
    public boolean isFree(UnitId unitId, LocalDate from, LocalDate until) {
        return allocations.stream().noneMatch(a -> a.overlaps(unitId, from, until));
    }

    /** The units of {@code kind} free on every day of {@code from..until}, in stock order. */
    public List<HousingUnit> freeUnits(PlacementKind kind, LocalDate from, LocalDate until) {
        return units.stream().filter(u -> u.kind() == kind && isFree(u.id(), from, until)).toList();
    }

    /** A room's capacity: how many bed places it has (0 for an unknown room). */
    public int capacity(String dwelling, String room) {
        return (int) units.stream().filter(u -> u.kind() == PlacementKind.BED_PLACE
                && u.dwelling().equals(dwelling) && u.room().equals(room)).count();
    }

    /**
     * TSM-4 (3): the bed places free for {@code from..until} in the same room as {@code companion}'s
     * bed place, so that people who wish to share a room can be placed together when places are
     * free. Empty when the companion's unit is unknown or not a bed place.
     */
    public List<HousingUnit> freeBedPlacesBeside(UnitId companion, LocalDate from, LocalDate until) {
        return unit(companion).filter(c -> c.kind() == PlacementKind.BED_PLACE)
                .map(c -> units.stream().filter(u -> u.kind() == PlacementKind.BED_PLACE && !u.id().equals(companion)
                        && u.dwelling().equals(c.dwelling()) && u.room().equals(c.room())
                        && isFree(u.id(), from, until)).toList())
                .getOrElse(List.of());
    }

    /**
     * Gives {@code unitId} to {@code caseId} for {@code from..until}.
     *
     * @return the new stock, or {@link StockError.UnknownUnit}, {@link StockError.WrongKind} or
     *         {@link StockError.AlreadyAllocated}
     */
    public Either<StockError, HousingStock> allocate(UnitId unitId, PlacementKind required, CaseId caseId,
                                                     LocalDate from, LocalDate until) {
        Option<HousingUnit> unit = unit(unitId);
        if (unit.isEmpty()) {
            return Either.left(new StockError.UnknownUnit(unitId));
        }
        if (unit.get().kind() != required) {
            return Either.left(new StockError.WrongKind(unitId, required, unit.get().kind()));
        }
        if (!isFree(unitId, from, until)) {
            return Either.left(new StockError.AlreadyAllocated(unitId, from, until));
        }
        List<Allocation> list = new ArrayList<>(allocations);
        list.add(new Allocation(unitId, caseId, from, until));
        return Either.right(new HousingStock(id, units, list));
    }

    /**
     * Ends the case's allocations of {@code unitId} after {@code lastDay}, freeing the unit from
     * the next day: an allocation running past it is cut to end on it, one not started by then is
     * removed, one already ending by then stays as it is. Idempotent.
     *
     * @return the new stock, or {@link StockError.NotAllocated} when the case holds no allocation
     *         of the unit at all
     */
    public Either<StockError, HousingStock> release(UnitId unitId, CaseId caseId, LocalDate lastDay) {
        List<Allocation> list = new ArrayList<>();
        boolean found = false;
        for (Allocation a : allocations) {
            if (!a.unit().equals(unitId) || !a.caseId().equals(caseId)) {
                list.add(a);
                continue;
            }
            found = true;
            if (!a.until().isAfter(lastDay)) {
                list.add(a);
            } else if (!lastDay.isBefore(a.from())) {
                list.add(new Allocation(a.unit(), a.caseId(), a.from(), lastDay));
            }
        }
        return found ? Either.right(new HousingStock(id, units, list))
                : Either.left(new StockError.NotAllocated(unitId, caseId));
    }

    /**
     * Lengthens the case's allocation of {@code unitId} to {@code newUntil} (TSM-25), if the unit
     * is free for the added days.
     */
    public Either<StockError, HousingStock> extend(UnitId unitId, CaseId caseId, LocalDate newUntil) {
        Option<Allocation> current = Option.ofOptional(allocations.stream()
                .filter(a -> a.unit().equals(unitId) && a.caseId().equals(caseId))
                .max((a, b) -> a.until().compareTo(b.until())));
        if (current.isEmpty()) {
            return Either.left(new StockError.NotAllocated(unitId, caseId));
        }
        Allocation a = current.get();
        if (!newUntil.isAfter(a.until())) {
            return Either.right(this);
        }
        if (!isFree(unitId, a.until().plusDays(1), newUntil)) {
            return Either.left(new StockError.AlreadyAllocated(unitId, a.until().plusDays(1), newUntil));
        }
        List<Allocation> list = new ArrayList<>(allocations);
        list.remove(a);
        list.add(new Allocation(unitId, caseId, a.from(), newUntil));
        return Either.right(new HousingStock(id, units, list));
    }

    /**
     * TSM-4: allocates every one of {@code unitIds} to the case for the period, or none of them:
     * a household's places are given together.
     *
     * @return the stock with all of them allocated, or the first unit's {@link StockError}
     */
    public Either<StockError, HousingStock> allocateAll(List<UnitId> unitIds, PlacementKind required, CaseId caseId,
                                                        LocalDate from, LocalDate until) {
        return each(unitIds, (stock, unit) -> stock.allocate(unit, required, caseId, from, until));
    }

    /** Releases every one of {@code unitIds} after {@code lastDay}, or none of them. */
    public Either<StockError, HousingStock> releaseAll(List<UnitId> unitIds, CaseId caseId, LocalDate lastDay) {
        return each(unitIds, (stock, unit) -> stock.release(unit, caseId, lastDay));
    }

    /** Extends every one of {@code unitIds} to {@code newUntil}, or none of them. */
    public Either<StockError, HousingStock> extendAll(List<UnitId> unitIds, CaseId caseId, LocalDate newUntil) {
        return each(unitIds, (stock, unit) -> stock.extend(unit, caseId, newUntil));
    }

    private Either<StockError, HousingStock> each(List<UnitId> unitIds,
                                                  java.util.function.BiFunction<HousingStock, UnitId, Either<StockError, HousingStock>> step) {
        Either<StockError, HousingStock> result = Either.right(this);
        for (UnitId unit : unitIds) {
            result = result.flatMap(stock -> step.apply(stock, unit));
        }
        return result;
    }
}
