package ee.hoolekanne.domain.substitutecare;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.HistoryEntry;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.ProviderDirectory;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.ServiceProvider;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What one family-based carer family uses of the project's services: its individual
 * psychological counselling sessions, within the quota (AHT-5), each with the provider contracted
 * for the family's region on that day (AHT-4), and its mentor (AHT-6). Every booking falls within
 * the project period (AHT-1). Immutable; a refused booking changes nothing. The family is known by
 * an id, not by personal codes, so the record holds no one's personal data.
 *
 * @param id       the family
 * @param carer    guardianship, foster or adoptive (AHT-2)
 * @param county   where the family lives: its region's provider serves it (AHT-4)
 * @param sessions its individual psychological counselling sessions, oldest first
 * @param mentor   its mentor, if one is assigned
 */
public record FamilyServices(CaseId id, CarerKind carer, County county, List<Session> sessions, Option<Mentor> mentor)
        implements CaseFile<SubstituteCareSchedule> {

    /** The name of the regional family services in the {@link ProviderDirectory} (AHT-4). */
    public static final String SERVICE = "family services";

    /**
     * One individual psychological counselling session (AHT-5).
     *
     * @param on       the day
     * @param provider the provider that served it (AHT-4); none for a session recorded before the
     *                 library recorded providers (0.1 documents)
     */
    public record Session(LocalDate on, Option<ProviderId> provider) {
        /** Both parts are required. */
        public Session {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(provider, "provider");
        }
    }

    /** Copies the list. */
    public FamilyServices {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(carer, "carer");
        Objects.requireNonNull(county, "county");
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(mentor, "mentor");
    }

    /** A family that has used nothing yet. */
    public static FamilyServices of(CaseId id, CarerKind carer, County county) {
        return new FamilyServices(id, carer, county, List.of(), Option.none());
    }

    @Override
    public CaseKind kind() {
        return CaseKind.FAMILY_SERVICES;
    }

    @Override
    public String state() {
        return "Registered";
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    /** None: a family is known by its id only. */
    @Override
    public List<PersonalCode> persons() {
        return List.of();
    }

    @Override
    public List<HistoryEntry> history() {
        List<HistoryEntry> entries = new ArrayList<>();
        sessions.forEach(s -> entries.add(HistoryEntry.of(s.on(), "individual psychological counselling session (AHT-5)")));
        entries.sort(Comparator.comparing(HistoryEntry::on));
        return List.copyOf(entries);
    }

    /** None: the family's services have no term. */
    @Override
    public List<Obligation> openObligations(SubstituteCareSchedule schedule) {
        return List.of();
    }

    @Override
    public LegalBasis basis(Rule rule, SubstituteCareSchedule schedule) {
        return schedule.rules().basis(rule);
    }

    /**
     * AHT-4: the provider that serves the family on {@code on}: the one contracted for the region
     * of the family's county on that day.
     *
     * @return the provider, or {@link SupportServiceError.NoProvider} when none is contracted then
     */
    public Either<SupportServiceError, ServiceProvider> servedBy(ProviderDirectory providers, LocalDate on) {
        return providers.forCounty(SERVICE, county, on)
                .toEither(() -> new SupportServiceError.NoProvider("the family services of " + county + " on " + on));
    }

    /**
     * AHT-5: books an individual psychological counselling session with the provider that serves
     * the family on that day (AHT-4), at most the rules' number per family, within the project
     * period (AHT-1).
     *
     * @return the family's services, or {@link SupportServiceError.QuotaExceeded},
     *         {@link SupportServiceError.NoProvider} or {@link SupportServiceError.OutsideProject}
     */
    public Either<SupportServiceError, FamilyServices> bookPsychologicalSession(LocalDate on, ProviderDirectory providers,
                                                                               Project project, SubstituteCareRules rules) {
        return project.covers(on).flatMap(date -> {
            if (sessions.size() >= rules.psychologicalSessionsPerFamily()) {
                return Either.left(new SupportServiceError.QuotaExceeded(rules.psychologicalSessionsPerFamily()));
            }
            return servedBy(providers, date).map(provider -> {
                List<Session> list = new ArrayList<>(sessions);
                list.add(new Session(date, Option.some(provider.id())));
                return new FamilyServices(id, carer, county, list, mentor);
            });
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
                ? Either.right(new FamilyServices(id, carer, county, sessions, Option.some(newMentor)))
                : Either.left(new SupportServiceError.MentorNotQualified()));
    }
}
