package ee.hoolekanne.domain.resocialization;

import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.money.Money;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The price list of the Tallinn Social Work Centre (RES-10) as data: monthly prices keyed by
 * stage, room occupancy, renovated building and child, and laundry prices per load.
 *
 * @param rows    the monthly accommodation prices
 * @param laundry the price of each laundry service per load
 * @param source  where the prices come from
 */
public record PriceList(List<Row> rows, Map<Laundry, Money> laundry, String source) {

    /**
     * One row: the monthly price for a stage and a room of {@code minBeds..maxBeds} beds in a
     * renovated building or not, for an adult or a child.
     *
     * @param stage     the stage
     * @param minBeds   the smallest room the row covers
     * @param maxBeds   the largest ({@link Integer#MAX_VALUE} for "and more")
     * @param renovated whether the row is for a renovated building
     * @param child     whether the row is the child's price
     * @param monthly   the price for a month
     * @param label     the row as the source words it
     */
    public record Row(Stage stage, int minBeds, int maxBeds, boolean renovated, boolean child, Money monthly, String label) {
        /** A valid range and a non-negative price. */
        public Row {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(monthly, "monthly");
            Objects.requireNonNull(label, "label");
            if (minBeds < 1 || maxBeds < minBeds || monthly.isNegative()) {
                throw new IllegalArgumentException("invalid price row " + label);
            }
        }

        boolean covers(Stage s, int beds, boolean renovatedBuilding, boolean forChild) {
            return stage == s && child == forChild && renovated == renovatedBuilding && (forChild || beds >= minBeds && beds <= maxBeds);
        }
    }

    /** The laundry services (RES-10). */
    public enum Laundry {
        /** Drying, one load. */
        DRYING,
        /** Washing and drying, one load. */
        WASHING_AND_DRYING,
        /** Washing, one load. */
        WASHING
    }

    /** Copies the collections; no two rows cover the same room. */
    public PriceList {
        rows = List.copyOf(rows);
        laundry = Map.copyOf(laundry);
        Objects.requireNonNull(source, "source");
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                Row a = rows.get(i);
                Row b = rows.get(j);
                boolean overlap = a.stage() == b.stage() && a.renovated() == b.renovated() && a.child() == b.child()
                        && (a.child() || a.minBeds() <= b.maxBeds() && b.minBeds() <= a.maxBeds());
                if (overlap) {
                    throw new IllegalArgumentException("price rows overlap: " + a.label() + " / " + b.label());
                }
            }
        }
    }

    /** The monthly price for an adult in {@code room} at {@code stage}, if the list has one. */
    public Option<Row> adult(Stage stage, Room room) {
        return Option.ofOptional(rows.stream().filter(r -> r.covers(stage, room.beds(), room.renovated(), false)).findFirst());
    }

    /** The monthly price for a child at {@code stage} in a building renovated or not, if the list has one. */
    public Option<Row> child(Stage stage, boolean renovated) {
        return Option.ofOptional(rows.stream().filter(r -> r.covers(stage, 0, renovated, true)).findFirst());
    }

    /**
     * The Tallinn Social Work Centre's list as published: social housing unit, renovated building:
     * 1-bed room 90.00, 2-4 beds 70.00, 5 or more 60.00, child 10.00; not renovated: 2 beds 60.00,
     * 3 beds 50.00, 4-6 beds 40.00, 7 or more 30.00; dormitory 1-bed room 90.00, 2 beds 70.00;
     * laundry drying 1.00, washing and drying 2.00, washing 1.00 per load. Rows without the
     * source's "(renoveeritud hoone)" are read as for buildings not renovated.
     */
    public static PriceList tallinnSocialWorkCentre() {
        int more = Integer.MAX_VALUE;
        return new PriceList(List.of(
                new Row(Stage.SOCIAL_HOUSING_UNIT, 1, 1, true, false, Money.euros("90.00"), "social housing unit, 1-bed room (renovated building)"),
                new Row(Stage.SOCIAL_HOUSING_UNIT, 2, 4, true, false, Money.euros("70.00"), "social housing unit, 2-4 bed room (renovated building)"),
                new Row(Stage.SOCIAL_HOUSING_UNIT, 5, more, true, false, Money.euros("60.00"), "social housing unit, 5+ bed room (renovated building)"),
                new Row(Stage.SOCIAL_HOUSING_UNIT, 2, 2, false, false, Money.euros("60.00"), "social housing unit, 2-bed room"),
                new Row(Stage.SOCIAL_HOUSING_UNIT, 3, 3, false, false, Money.euros("50.00"), "social housing unit, 3-bed room"),
                new Row(Stage.SOCIAL_HOUSING_UNIT, 4, 6, false, false, Money.euros("40.00"), "social housing unit, 4-6 bed room"),
                new Row(Stage.SOCIAL_HOUSING_UNIT, 7, more, false, false, Money.euros("30.00"), "social housing unit, 7+ bed room"),
                new Row(Stage.SOCIAL_HOUSING_UNIT, 1, 1, true, true, Money.euros("10.00"), "social housing unit, child (renovated building)"),
                new Row(Stage.DORMITORY, 1, 1, false, false, Money.euros("90.00"), "dormitory, 1-bed room"),
                new Row(Stage.DORMITORY, 2, 2, false, false, Money.euros("70.00"), "dormitory, 2-bed room")),
                Map.of(Laundry.DRYING, Money.euros("1.00"), Laundry.WASHING_AND_DRYING, Money.euros("2.00"),
                        Laundry.WASHING, Money.euros("1.00")),
                "Tallinn Social Work Centre price list");
    }

    /**
     * The Tallinn price lists by date. The source states no effective date: the list is recorded as
     * in force from 2023-01-01 (UNCONFIRMED); add the next list with {@link Timeline#then}.
     */
    public static Timeline<PriceList> tallinn() {
        return Timeline.startingOn(LocalDate.of(2023, 1, 1), tallinnSocialWorkCentre());
    }
}
