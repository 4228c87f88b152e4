package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.DiaryEntry;

import java.util.Objects;

/**
 * Adds an entry to the client diary that the support person and the youth keep together (AHT-12).
 *
 * @param caseId the case
 * @param entry the entry
 */
public record WriteDiaryCommand(CaseId caseId, DiaryEntry entry) {
    /** Every part is required. */
    public WriteDiaryCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(entry, "entry");
    }
}
