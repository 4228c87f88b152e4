package ee.hoolekanne.domain.decision;

import ee.hoolekanne.domain.housing.UnitId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What a decision decides. Consumers switch over it exhaustively. */
public sealed interface Outcome {

    /**
     * Grant the service: the dwelling or the bed places given and the service term (TSM-9): one
     * dwelling for a family with a child (TSM-5), one bed place for each adult otherwise (TSM-4).
     *
     * @param units      the dwelling or the bed places, at least one, each once
     * @param serviceEnd the last day of the service term
     */
    record Grant(List<UnitId> units, LocalDate serviceEnd) implements Outcome {
        /** The units are copied; at least one, no unit twice. */
        public Grant {
            units = List.copyOf(units);
            Objects.requireNonNull(serviceEnd, "serviceEnd");
            if (units.isEmpty() || units.stream().distinct().count() != units.size()) {
                throw new IllegalArgumentException("a grant names at least one unit, each once");
            }
        }

        /** A grant of one dwelling or one bed place. */
        public Grant(UnitId unit, LocalDate serviceEnd) {
            this(List.of(Objects.requireNonNull(unit, "unit")), serviceEnd);
        }
    }

    /**
     * Refuse the service on one or more grounds (TSM-10).
     *
     * @param grounds at least one
     */
    record Refuse(List<Ground> grounds) implements Outcome {
        /** @throws IllegalArgumentException without a ground */
        public Refuse {
            grounds = List.copyOf(grounds);
            if (grounds.isEmpty()) {
                throw new IllegalArgumentException("a refusal names its ground(s)");
            }
        }
    }

    /** Put an eligible applicant on the waiting list because every place is taken (TSM-11). */
    record WaitList() implements Outcome {
    }

    /**
     * End the service early on one or more grounds (TSM-22, TSM-23).
     *
     * @param grounds at least one
     * @param lastDay the last day of the service
     */
    record Terminate(List<Ground> grounds, LocalDate lastDay) implements Outcome {
        /** @throws IllegalArgumentException without a ground */
        public Terminate {
            grounds = List.copyOf(grounds);
            Objects.requireNonNull(lastDay, "lastDay");
            if (grounds.isEmpty()) {
                throw new IllegalArgumentException("an early termination names its ground(s)");
            }
        }
    }

    /**
     * Continue the service for a new term (TSM-25).
     *
     * @param newServiceEnd the last day of the new term
     */
    record Extend(LocalDate newServiceEnd) implements Outcome {
        /** The new end is required. */
        public Extend {
            Objects.requireNonNull(newServiceEnd, "newServiceEnd");
        }
    }

    /**
     * Refer a person to a service (RVK-5: the local government's referral decision; AHT-11).
     *
     * @param service the service referred to
     */
    record Refer(String service) implements Outcome {
        /** The service is named. */
        public Refer {
            Objects.requireNonNull(service, "service");
            if (service.isBlank()) {
                throw new IllegalArgumentException("a referral names the service");
            }
        }
    }

    /**
     * Move a person to the next stage of a multi-stage service (RES-4, RES-5).
     *
     * @param to the stage moved to, by name (e.g. {@code DORMITORY})
     */
    record MoveStage(String to) implements Outcome {
        /** The stage is named. */
        public MoveStage {
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * Grant a service that has no housing unit to name (RES-8, JUS-3).
     *
     * @param service the service granted
     */
    record GrantService(String service) implements Outcome {
        /** The service is named. */
        public GrantService {
            Objects.requireNonNull(service, "service");
        }
    }

    /**
     * Leave an application unprocessed because its defects were not remedied within the term the
     * official set (HMS-1, HMS § 15(2)).
     *
     * @param remedyDue the last day of the remedy term that passed
     */
    record LeaveUnprocessed(LocalDate remedyDue) implements Outcome {
        /** The date is required. */
        public LeaveUnprocessed {
            Objects.requireNonNull(remedyDue, "remedyDue");
        }
    }
}
