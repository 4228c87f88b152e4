package ee.hoolekanne.domain.substitutecare;

import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one family-based carer family uses of the project's services: its individual
 * psychological counselling sessions, within the quota (AHT-5), and its mentor (AHT-6). Every
 * booking falls within the project period (AHT-1). Immutable; a refused booking changes nothing.
 *
 * @param familyId  the family
 * @param kind      guardianship, foster or adoptive (AHT-2)
 * @param county    where the family lives: its region serves it (AHT-4)
 * @param sessions  the dates of its individual psychological counselling sessions
 * @param mentor    its mentor, if one is assigned
 */
public record FamilyServices(String familyId, CarerKind kind, County county, List<LocalDate> sessions, Option<Mentor> mentor) {

    /** Copies the list. */
    public FamilyServices {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(county, "county");
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(mentor, "mentor");
    }

    /** A family that has used nothing yet. */
    public static FamilyServices of(String familyId, CarerKind kind, County county) {
        return new FamilyServices(familyId, kind, county, List.of(), Option.none());
    }

    /**
     * AHT-5: books an individual psychological counselling session, at most the rules' number per
     * family, within the project period (AHT-1).
     *
     * @return the family's services, or {@link SupportServiceError.QuotaExceeded} or
     *         {@link SupportServiceError.OutsideProject}
     */
    public Either<SupportServiceError, FamilyServices> bookPsychologicalSession(LocalDate on, Project project,
                                                                               SubstituteCareRules rules) {
        return project.covers(on).flatMap(date -> {
            if (sessions.size() >= rules.psychologicalSessionsPerFamily()) {
                return Either.left(new SupportServiceError.QuotaExceeded(rules.psychologicalSessionsPerFamily()));
            }
            List<LocalDate> list = new ArrayList<>(sessions);
            list.add(date);
            return Either.right(new FamilyServices(familyId, kind, county, list, mentor));
        });
    }

    /** The sessions left of the quota (AHT-5). */
    public int sessionsLeft(SubstituteCareRules rules) {
        return rules.psychologicalSessionsPerFamily() - sessions.size();
    }

    /**
     * AHT-6: assigns a mentor with personal adoption or foster-parent experience and the
     * preparatory training, within the project period.
     *
     * @return the family's services, or {@link SupportServiceError.MentorNotQualified} or
     *         {@link SupportServiceError.OutsideProject}
     */
    public Either<SupportServiceError, FamilyServices> assignMentor(Mentor newMentor, LocalDate on, Project project) {
        return project.covers(on).flatMap(date -> newMentor.isQualified()
                ? Either.right(new FamilyServices(familyId, kind, county, sessions, Option.some(newMentor)))
                : Either.left(new SupportServiceError.MentorNotQualified()));
    }
}
