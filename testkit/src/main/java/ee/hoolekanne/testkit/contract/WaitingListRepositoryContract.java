package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.port.out.VersionedRepository;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.testkit.gen.SocialHousingCases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The contract of {@link WaitingListRepository}: a list as applicants are added, offered places and removed. */
public abstract class WaitingListRepositoryContract extends VersionedRepositoryContract<String, WaitingList> {

    /** A fresh, empty repository. */
    protected abstract WaitingListRepository newWaitingListRepository();

    @Override
    protected final VersionedRepository<String, WaitingList> newRepository() {
        return newWaitingListRepository();
    }

    @Override
    protected List<List<WaitingList>> histories() {
        List<List<WaitingList>> histories = new ArrayList<>();
        LocalDate on = LocalDate.of(2026, 1, 5);
        for (String id : List.of("tartu-beds", "tartu-flats")) {
            List<WaitingList> history = new ArrayList<>();
            WaitingList list = WaitingList.empty(id);
            history.add(list);
            list = SocialHousingCases.orFail(list.add(new CaseId("c-2"), PlacementKind.BED_PLACE, on.minusDays(3), on));
            list = SocialHousingCases.orFail(list.add(new CaseId("c-1"), PlacementKind.BED_PLACE, on.minusDays(9), on));
            history.add(list);
            list = SocialHousingCases.orFail(list.offer(new CaseId("c-1"), new UnitId("bed-1"), on.plusDays(5)));
            history.add(list);
            history.add(list.remove(new CaseId("c-1"), on.plusDays(8), "granted bed-1"));
            histories.add(history);
        }
        return histories;
    }

    @Override
    protected String keyOf(WaitingList aggregate) {
        return aggregate.id();
    }

    @Override
    protected String unknownKey() {
        return "no-such-list";
    }
}
