package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.Proposer;
import ee.hoolekanne.domain.supportperson.SupportPerson;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Assigns a support person of the provider from the start of the window before the youth
 * leaves care (AHT-10).
 *
 * @param caseId     the case
 * @param person     the support person
 * @param startsOn   the first day
 * @param proposedBy who proposed a professional support person (the local government or the
 *                   regional provider); none for a trusted one, whom the youth chose
 */
public record AssignSupportPersonCommand(CaseId caseId, SupportPerson person, LocalDate startsOn, Option<Proposer> proposedBy) {
    /** Every part is required. */
    public AssignSupportPersonCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(proposedBy, "proposedBy");
    }

    /** A professional support person proposed by {@code proposedBy}. */
    public AssignSupportPersonCommand(CaseId caseId, SupportPerson person, LocalDate startsOn, Proposer proposedBy) {
        this(caseId, person, startsOn, Option.some(proposedBy));
    }

    /** A trusted support person, the youth's own choice. */
    public AssignSupportPersonCommand(CaseId caseId, SupportPerson person, LocalDate startsOn) {
        this(caseId, person, startsOn, Option.none());
    }
}
