package ee.hoolekanne.domain.substitutecare;

/**
 * The rules of a kind of group (AHT-7), as data.
 *
 * @param closed                   whether the group is closed: nobody joins once it has met
 * @param minAcademicHours         the shortest meeting
 * @param maxAcademicHours         the longest meeting (0: no limit, as for a thematic support group)
 * @param minMeetingsPerYear       meetings per calendar year the group is planned to hold, at least (0: none)
 * @param maxMeetingsPerYear       meetings per calendar year, at most (0: no limit)
 * @param minParticipants          a meeting needs at least this many participants: people, not families
 * @param maxParticipants          at most this many people (0: no limit)
 */
public record GroupRules(boolean closed, int minAcademicHours, int maxAcademicHours, int minMeetingsPerYear, int maxMeetingsPerYear,
                         int minParticipants, int maxParticipants) {

    /** Sensible bounds. */
    public GroupRules {
        if (minAcademicHours < 1 || (maxAcademicHours != 0 && maxAcademicHours < minAcademicHours) || maxAcademicHours < 0
                || minMeetingsPerYear < 0
                || (maxMeetingsPerYear != 0 && maxMeetingsPerYear < minMeetingsPerYear) || maxMeetingsPerYear < 0 || minParticipants < 1
                || (maxParticipants != 0 && maxParticipants < minParticipants)) {
            throw new IllegalArgumentException("inconsistent group rules");
        }
    }
}
