package ee.hoolekanne.domain.substitutecare;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.HistoryEntry;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A counselling group or a thematic support group (AHT-7): its participants and meetings, within
 * the size and meeting limits of its {@link GroupRules} and the project period (AHT-1). The
 * invariants hold for every value: the participants never exceed the maximum and the meetings of
 * a year never exceed the limit. Immutable; a refused booking changes nothing.
 *
 * @param id           the group
 * @param type         {@link ServiceType#GROUP_COUNSELLING} or {@link ServiceType#THEMATIC_SUPPORT_GROUP}
 * @param rules        the group kind's rules
 * @param participants the people who take part (parents, carers, related persons or network
 *                     workers, each by a reference): the limits count people, not families
 * @param meetings     the meetings held
 */
public record CounsellingGroup(CaseId id, ServiceType type, GroupRules rules, Set<String> participants, List<Meeting> meetings)
        implements CaseFile<SubstituteCareSchedule> {

    /**
     * One meeting.
     *
     * @param on            the date
     * @param academicHours its length
     */
    public record Meeting(LocalDate on, int academicHours) {
        /** The date is required. */
        public Meeting {
            Objects.requireNonNull(on, "on");
        }
    }

    /** Copies the collections and checks the invariants. */
    public CounsellingGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rules, "rules");
        participants = Set.copyOf(new LinkedHashSet<>(participants));
        meetings = List.copyOf(meetings);
        if (type != ServiceType.GROUP_COUNSELLING && type != ServiceType.THEMATIC_SUPPORT_GROUP) {
            throw new IllegalArgumentException("not a group service: " + type);
        }
        if (rules.maxParticipants() != 0 && participants.size() > rules.maxParticipants()) {
            throw new IllegalArgumentException("more participants than the group allows");
        }
        for (Meeting m : meetings) {
            if (rules.maxMeetingsPerYear() != 0 && meetingsIn(meetings, m.on().getYear()) > rules.maxMeetingsPerYear()) {
                throw new IllegalArgumentException("more meetings in a year than the group allows");
            }
        }
    }

    /** A new group without participants or meetings. */
    public static CounsellingGroup counselling(CaseId id, SubstituteCareRules rules) {
        return new CounsellingGroup(id, ServiceType.GROUP_COUNSELLING, rules.groupCounselling(), Set.of(), List.of());
    }

    /** A new thematic support group. */
    public static CounsellingGroup thematic(CaseId id, SubstituteCareRules rules) {
        return new CounsellingGroup(id, ServiceType.THEMATIC_SUPPORT_GROUP, rules.thematicGroup(), Set.of(), List.of());
    }

    @Override
    public CaseKind kind() {
        return CaseKind.COUNSELLING_GROUP;
    }

    /** {@code Forming} until the first meeting, then {@code Meeting}. */
    @Override
    public String state() {
        return meetings.isEmpty() ? "Forming" : "Meeting";
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    /** None: participants are families or network workers by reference, not persons by code. */
    @Override
    public List<PersonalCode> persons() {
        return List.of();
    }

    @Override
    public List<HistoryEntry> history() {
        return meetings.stream().map(m -> HistoryEntry.of(m.on(), "meeting of " + m.academicHours() + " academic hours (AHT-7)"))
                .toList();
    }

    /** None: a group has no term. */
    @Override
    public List<Obligation> openObligations(SubstituteCareSchedule schedule) {
        return List.of();
    }

    @Override
    public LegalBasis basis(Rule rule, SubstituteCareSchedule schedule) {
        return schedule.rules().basis(rule);
    }

    private static long meetingsIn(List<Meeting> meetings, int year) {
        return meetings.stream().filter(m -> m.on().getYear() == year).count();
    }

    /** AHT-7: how many more meetings the group must hold in {@code year} to reach its planned minimum. */
    public int meetingsStillDueIn(int year) {
        return (int) Math.max(0, rules.minMeetingsPerYear() - meetingsIn(meetings, year));
    }

    /** AHT-7: one person joins; see {@link #join(List, LocalDate, Project)}. */
    public Either<SupportServiceError, CounsellingGroup> join(String person, LocalDate on, Project project) {
        return join(List.of(person), on, project);
    }

    /**
     * AHT-7: {@code people} join together (e.g. both foster parents of a family), within the
     * project period. The group's limits count people, not families: a family of two takes two
     * places. A full group, or a closed group that has met, refuses all of them.
     *
     * @return the group, or {@link SupportServiceError.GroupFull}, {@link SupportServiceError.GroupClosed},
     *         {@link SupportServiceError.OutsideProject} or {@link SupportServiceError.Invalid}
     */
    public Either<SupportServiceError, CounsellingGroup> join(List<String> people, LocalDate on, Project project) {
        return project.covers(on).flatMap(date -> {
            if (people.isEmpty() || new LinkedHashSet<>(people).size() != people.size()) {
                return Either.left(new SupportServiceError.Invalid("at least one person joins, each once"));
            }
            if (people.stream().anyMatch(participants::contains)) {
                return Either.left(new SupportServiceError.Invalid("already in the group"));
            }
            if (rules.closed() && !meetings.isEmpty()) {
                return Either.left(new SupportServiceError.GroupClosed());
            }
            if (rules.maxParticipants() != 0 && participants.size() + people.size() > rules.maxParticipants()) {
                return Either.left(new SupportServiceError.GroupFull(rules.maxParticipants()));
            }
            Set<String> set = new LinkedHashSet<>(participants);
            set.addAll(people);
            return Either.right(new CounsellingGroup(id, type, rules, set, meetings));
        });
    }

    /**
     * AHT-7: holds a meeting of the allowed length, with enough participants, within the year's
     * meeting limit and the project period.
     *
     * @return the group, or {@link SupportServiceError.GroupTooSmall}, {@link SupportServiceError.MeetingNotAllowed}
     *         or {@link SupportServiceError.OutsideProject}
     */
    public Either<SupportServiceError, CounsellingGroup> holdMeeting(LocalDate on, int academicHours, Project project) {
        return project.covers(on).flatMap(date -> {
            if (participants.size() < rules.minParticipants()) {
                return Either.left(new SupportServiceError.GroupTooSmall(rules.minParticipants()));
            }
            if (academicHours < rules.minAcademicHours() || (rules.maxAcademicHours() != 0 && academicHours > rules.maxAcademicHours())) {
                return Either.left(new SupportServiceError.MeetingNotAllowed("a meeting lasts " + (rules.maxAcademicHours() == 0
                        ? "at least " + rules.minAcademicHours()
                        : rules.minAcademicHours() + (rules.maxAcademicHours() == rules.minAcademicHours() ? "" : "-" + rules.maxAcademicHours()))
                        + " academic hours"));
            }
            if (type == ServiceType.THEMATIC_SUPPORT_GROUP && !meetings.isEmpty()) {
                return Either.left(new SupportServiceError.MeetingNotAllowed("a thematic support group meets once"));
            }
            if (rules.maxMeetingsPerYear() != 0 && meetingsIn(meetings, on.getYear()) >= rules.maxMeetingsPerYear()) {
                return Either.left(new SupportServiceError.MeetingNotAllowed("at most " + rules.maxMeetingsPerYear()
                        + " meetings a year"));
            }
            List<Meeting> list = new ArrayList<>(meetings);
            list.add(new Meeting(on, academicHours));
            return Either.right(new CounsellingGroup(id, type, rules, participants, list));
        });
    }
}
