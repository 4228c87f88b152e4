package ee.hoolekanne.domain.casefile;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.person.PersonalCode;

import java.util.List;

/**
 * What every case of every service is: its id and kind, its state's name, the persons whose data
 * it holds, its history, and its open obligations with their deadlines. Every lifecycle of the
 * five services implements it (its sealed root does), so one use-case runner serves them all and
 * the deadline watch never needs to know a service.
 *
 * <p>A case's obligations and the provisions of its rules depend on the calendar and rule set of
 * its service, the <em>schedule</em> {@code S}: e.g. a social housing case follows the rule set in
 * force on the day it was submitted. Both are pure functions of the case and the schedule.
 *
 * @param <S> the schedule of the case's service: its calendar and rule sets
 */
public interface CaseFile<S> {

    /** The case's identifier; never changes. */
    CaseId id();

    /** The kind of case; never changes. */
    CaseKind kind();

    /** The name of the state the case is in, e.g. {@code InService}. */
    String state();

    /** Whether the case can still change: false once it is in a final state (refused, ended, left, …). */
    boolean isOpen();

    /** Everyone whose data the case holds (the applicant or client and the household members), for audit and subject access (TSM-18). */
    List<PersonalCode> persons();

    /** What happened in the case, oldest first. */
    List<HistoryEntry> history();

    /**
     * What must be done in the case by when, under {@code schedule}, each with its deadline and
     * legal basis; empty when nothing is open (always in a final state).
     */
    List<Obligation> openObligations(S schedule);

    /** The legal basis of {@code rule} in the rule set this case follows under {@code schedule}. */
    LegalBasis basis(Rule rule, S schedule);
}
