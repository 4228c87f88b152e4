package ee.hoolekanne.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ee.hoolekanne.socialhousing.Fixtures.d;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WaitingListTest {

    private static final CaseId A = new CaseId("a");
    private static final CaseId B = new CaseId("b");
    private static final CaseId C = new CaseId("c");

    private static WaitingList three() {
        WaitingList list = WaitingList.empty("tartu");
        list = orFail(list.add(A, PlacementKind.BED_PLACE, d("2026-01-10"), d("2026-01-20")));
        list = orFail(list.add(B, PlacementKind.BED_PLACE, d("2026-01-05"), d("2026-01-21")));
        list = orFail(list.add(C, PlacementKind.SEPARATE_DWELLING, d("2026-01-01"), d("2026-01-22")));
        return list;
    }

    @Test
    @DisplayName("TSM-11: applicants wait per kind of place, ordered by the date the application became complete, each with why")
    void explainableOrder() {
        List<WaitingList.Position> beds = three().positions(PlacementKind.BED_PLACE);
        assertEquals(List.of(B, A), beds.stream().map(WaitingList.Position::caseId).toList());
        assertEquals(1, beds.get(0).rank());
        assertEquals("application complete 2026-01-05, listed 2026-01-21", beds.get(0).reason());
        assertEquals(List.of(C), three().positions(PlacementKind.SEPARATE_DWELLING).stream().map(WaitingList.Position::caseId).toList());
    }

    @Test
    @DisplayName("TSM-11: every change of position is recorded: added, moved, offered, removed")
    void changesRecorded() {
        WaitingList list = three();
        List<String> log = list.changes().stream().map(c -> c.caseId() + " " + c.kind() + " " + c.detail()).toList();
        assertEquals(List.of("a ADDED application complete 2026-01-10", "b ADDED application complete 2026-01-05",
                "a MOVED rank 1 -> 2", "c ADDED application complete 2026-01-01"), log);
        WaitingList offered = orFail(list.offer(B, new UnitId("bed-7"), d("2026-02-02")));
        assertEquals(WaitingList.ChangeKind.OFFERED, offered.changes().get(offered.changes().size() - 1).kind());
        WaitingList removed = offered.remove(B, d("2026-02-05"), "granted bed-7");
        List<WaitingList.Change> tail = removed.changes().subList(removed.changes().size() - 2, removed.changes().size());
        assertEquals(WaitingList.ChangeKind.REMOVED, tail.get(0).kind());
        assertEquals("a MOVED rank 2 -> 1", tail.get(1).caseId() + " " + tail.get(1).kind() + " " + tail.get(1).detail());
    }

    @Test
    @DisplayName("TSM-11: when a place frees, the next applicant not yet offered one is next; a case waits once")
    void next() {
        WaitingList list = three();
        assertEquals(B, list.next(PlacementKind.BED_PLACE).get().caseId());
        WaitingList offered = orFail(list.offer(B, new UnitId("bed-7"), d("2026-02-02")));
        assertEquals(A, offered.next(PlacementKind.BED_PLACE).get().caseId());
        assertInstanceOf(SocialHousingError.AlreadyWaiting.class, list.add(A, PlacementKind.BED_PLACE, d("2026-01-10"), d("2026-02-01")).getLeft());
        assertTrue(list.remove(new CaseId("zzz"), d("2026-02-01"), "x") == list, "removing an absent case changes nothing");
    }
}
