package ee.hoolekanne.socialhousing;

import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.Application.Reconstitute;
import ee.hoolekanne.domain.socialhousing.MissingPart;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static ee.hoolekanne.socialhousing.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Adapters rebuild every state through {@link Reconstitute}; corrupt data is a typed error, never an exception. */
class ReconstituteTest {

    /** What an adapter does: take a state apart into its fields and rebuild it. */
    static Either<SocialHousingError, Application> roundTrip(Application a) {
        return switch (a) {
            case Application.Incomplete s -> Reconstitute.incomplete(s.id(), s.form(), s.submittedOn(), s.events(), s.missingParts(),
                    s.remedyTerm());
            case Application.Complete s -> Reconstitute.complete(s.id(), s.form(), s.submittedOn(), s.events(), s.completedOn());
            case Application.Assessed s -> Reconstitute.assessed(s.id(), s.form(), s.submittedOn(), s.events(), s.completedOn(), s.assessment());
            case Application.WaitListed s -> Reconstitute.waitListed(s.id(), s.form(), s.submittedOn(), s.events(), s.completedOn(),
                    s.assessment(), s.waitListedOn());
            case Application.Refused s -> Reconstitute.refused(s.id(), s.form(), s.submittedOn(), s.events(), s.decision());
            case Application.Granted s -> Reconstitute.granted(s.id(), s.form(), s.submittedOn(), s.events(), s.decision(), s.units(),
                    s.placementKind());
            case Application.Delivered s -> Reconstitute.delivered(s.id(), s.form(), s.submittedOn(), s.events(), s.decision(), s.units(),
                    s.placementKind(), s.delivery());
            case Application.Contracted s -> Reconstitute.contracted(s.id(), s.form(), s.submittedOn(), s.events(), s.decision(),
                    s.units(), s.placementKind(), s.delivery(), s.contract());
            case Application.InService s -> Reconstitute.inService(s.id(), s.form(), s.submittedOn(), s.events(), s.decision(),
                    s.units(), s.placementKind(), s.contract(), s.useStartedOn(), s.actionPlan(), s.absences(), s.familyChanges(),
                    s.houseRuleBreaches(), s.charges(), s.payments(), s.preExpiryAssessment(), s.copingAssessment());
            case Application.Lapsed s -> Reconstitute.lapsed(s.id(), s.form(), s.submittedOn(), s.events(), s.decision(), s.units(),
                    s.lapsedBy(), s.lapsedOn());
            case Application.Ended s -> Reconstitute.ended(s.id(), s.form(), s.submittedOn(), s.events(), s.units(), s.placementKind(),
                    s.useStartedOn(), s.reason(),
                    s.lastDay(), s.endingDecision(), s.charges(), s.payments(), s.copingAssessment());
        };
    }

    @Test
    @DisplayName("X-1: every state of single persons' and families' cases rebuilds equal to itself")
    void everyStateRoundTrips() {
        SplittableRandom random = new SplittableRandom(42);
        List<Application> all = new ArrayList<>();
        all.addAll(SocialHousingCases.inEveryState("s", SocialHousingCases.single(random), d("2025-12-01")));
        all.addAll(SocialHousingCases.inEveryState("f", SocialHousingCases.family(random), d("2025-12-01")));
        assertEquals(22, all.size());
        for (Application app : all) {
            assertEquals(Either.right(app), roundTrip(app), app.state());
        }
    }

    @Test
    @DisplayName("X-4: corrupt stored data is a CorruptData error, never an exception or a half-built case")
    void corruptData() {
        List<Application> all = SocialHousingCases.inEveryState("s", SocialHousingCases.single(new SplittableRandom(1)), d("2025-12-01"));
        Application.Incomplete incomplete = (Application.Incomplete) all.get(0);
        Application.Refused refused = (Application.Refused) all.stream().filter(a -> a instanceof Application.Refused).findFirst().orElseThrow();
        Application.Granted granted = (Application.Granted) all.stream().filter(a -> a instanceof Application.Granted).findFirst().orElseThrow();
        assertInstanceOf(SocialHousingError.CorruptData.class, Reconstitute.incomplete(incomplete.id(), incomplete.form(),
                incomplete.submittedOn(), incomplete.events(), List.of(MissingPart.CONTACT_DATA)).getLeft());
        assertInstanceOf(SocialHousingError.CorruptData.class, Reconstitute.complete(incomplete.id(), incomplete.form(),
                incomplete.submittedOn(), incomplete.events(), LocalDate.of(2025, 12, 5)).getLeft());
        assertInstanceOf(SocialHousingError.CorruptData.class, Reconstitute.refused(granted.id(), granted.form(),
                granted.submittedOn(), granted.events(), granted.decision()).getLeft());
        assertInstanceOf(SocialHousingError.CorruptData.class, Reconstitute.granted(refused.id(), refused.form(),
                refused.submittedOn(), refused.events(), refused.decision(), granted.units(), granted.placementKind()).getLeft());
        assertInstanceOf(SocialHousingError.CorruptData.class, Reconstitute.complete(new CaseId("x"), granted.form(),
                granted.submittedOn(), List.of(), granted.submittedOn()).getLeft(), "no submission event");
        assertInstanceOf(SocialHousingError.CorruptData.class, Reconstitute.complete(null, granted.form(),
                granted.submittedOn(), granted.events(), granted.submittedOn()).getLeft(), "a missing field");
        assertInstanceOf(SocialHousingError.CorruptData.class, Reconstitute.lapsed(granted.id(), granted.form(),
                granted.submittedOn(), granted.events(), granted.decision(), granted.units(), Rule.TSM_12, granted.submittedOn()).getLeft());
    }
}
