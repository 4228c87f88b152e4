package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.substitutecare.YouthSituation;
import ee.hoolekanne.domain.supportperson.County;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Marks that a youth leaving substitute care or guardianship needs a support person (AHT-9):
 * opens the case.
 *
 * @param caseId the new case
 * @param youth the youth
 * @param situations why the youth is eligible
 * @param livesIn the county the youth lives in
 * @param leavingDate when the youth leaves care
 * @param inAftercare whether the youth is in aftercare
 * @param markedOn when the need was marked
 */
public record MarkNeedCommand(CaseId caseId, PersonalCode youth, Set<YouthSituation> situations, County livesIn,
                                          LocalDate leavingDate, boolean inAftercare, LocalDate markedOn) {
    /** Every part is required. */
    public MarkNeedCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(youth, "youth");
        Objects.requireNonNull(situations, "situations");
        Objects.requireNonNull(livesIn, "livesIn");
        Objects.requireNonNull(leavingDate, "leavingDate");
        Objects.requireNonNull(markedOn, "markedOn");
    }
}
