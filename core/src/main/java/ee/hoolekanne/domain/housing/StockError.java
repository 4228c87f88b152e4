package ee.hoolekanne.domain.housing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;

import java.time.LocalDate;

/** Why the housing stock refused a change. */
public sealed interface StockError {

    /** A sentence free of personal data. */
    String message();

    /** @param unit the unknown unit */
    record UnknownUnit(UnitId unit) implements StockError {
        @Override
        public String message() {
            return "no housing unit " + unit;
        }
    }

    /** @param unit the unit already given for part of the period */
    record AlreadyAllocated(UnitId unit, LocalDate from, LocalDate until) implements StockError {
        @Override
        public String message() {
            return "unit " + unit + " is already allocated for part of " + from + ".." + until;
        }
    }

    /** @param unit the unit of the wrong kind */
    record WrongKind(UnitId unit, PlacementKind required, PlacementKind actual) implements StockError {
        @Override
        public String message() {
            return "unit " + unit + " is a " + actual + " but the household needs a " + required;
        }
    }

    /** @param unit the unit that is not allocated to the case */
    record NotAllocated(UnitId unit, CaseId caseId) implements StockError {
        @Override
        public String message() {
            return "unit " + unit + " is not allocated to case " + caseId;
        }
    }

    /** @param unit the unit listed twice */
    record DuplicateUnit(UnitId unit) implements StockError {
        @Override
        public String message() {
            return "unit " + unit + " is already in the stock";
        }
    }
}
