package ee.hoolekanne.domain.resocialization;

import java.util.Set;

/** The stages of resocialization (RES-3 .. RES-5). */
public enum Stage {
    /** Varjupaik: for long-term round-the-clock help and care (RES-3). */
    SHELTER,
    /** Sotsiaalmajutusüksus: guidance and counselling to keep or improve coping (RES-3). */
    SOCIAL_HOUSING_UNIT,
    /** Ühiselamu: a small amount of guidance and counselling (RES-3). */
    DORMITORY,
    /** Iseseisev elu: living independently, e.g. in a rented dwelling (RES-5). */
    INDEPENDENT_LIFE;

    /** RES-11: the accommodation stages before this one, to which a resident may be moved back when the need grows. */
    public Set<Stage> earlier() {
        return switch (this) {
            case SHELTER, INDEPENDENT_LIFE -> Set.of();
            case SOCIAL_HOUSING_UNIT -> Set.of(SHELTER);
            case DORMITORY -> Set.of(SHELTER, SOCIAL_HOUSING_UNIT);
        };
    }

    /** RES-4, RES-5: the stages one may move to from this one; no other move exists. */
    public Set<Stage> next() {
        return switch (this) {
            case SHELTER -> Set.of(SOCIAL_HOUSING_UNIT);
            case SOCIAL_HOUSING_UNIT -> Set.of(DORMITORY, INDEPENDENT_LIFE);
            case DORMITORY -> Set.of(INDEPENDENT_LIFE);
            case INDEPENDENT_LIFE -> Set.of();
        };
    }
}
