package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.deadline.FeedFailure;
import ee.hoolekanne.domain.deadline.DeadlineWatch;
import ee.hoolekanne.domain.deadline.Obligation;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.substitutecare.YouthSupportSchedule;
import ee.hoolekanne.domain.protection.ProtectionRules;
import ee.hoolekanne.domain.substitutecare.SubstituteCareRules;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The open obligations of the support-person and substitute-care services (RVK-5, RVK-6, RVK-4,
 * AHT-8, AHT-12) for the {@link DeadlineWatchService}.
 */
public final class SupportServicesFeed implements ObligationFeed {

    private final ProtectionReferralRepository referrals;
    private final YouthSupportRepository youth;
    private final SubstituteHomeRepository homes;
    private final EstonianCalendar calendar;
    private final ProtectionRules protectionRules;
    private final SubstituteCareRules careRules;

    /** A feed over the three repositories, with the services' rules. */
    public SupportServicesFeed(ProtectionReferralRepository referrals, YouthSupportRepository youth,
                               SubstituteHomeRepository homes, EstonianCalendar calendar,
                               ProtectionRules protectionRules, SubstituteCareRules careRules) {
        this.referrals = Objects.requireNonNull(referrals, "referrals");
        this.youth = Objects.requireNonNull(youth, "youth");
        this.homes = Objects.requireNonNull(homes, "homes");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.protectionRules = Objects.requireNonNull(protectionRules, "protectionRules");
        this.careRules = Objects.requireNonNull(careRules, "careRules");
    }

    @Override
    public Either<FeedFailure, List<Obligation>> dueBy(LocalDate horizon) {
        ProtectionSchedule referralSchedule = new ProtectionSchedule(calendar, protectionRules);
        YouthSupportSchedule youthSchedule = new YouthSupportSchedule(calendar, careRules);
        List<Obligation> all = new ArrayList<>();
        return referrals.findDueBy(horizon, referralSchedule)
                .mapLeft(e -> new FeedFailure("protection support person", e.message()))
                .flatMap(due -> {
                    due.forEach(r -> all.addAll(referralSchedule.openObligations(r)));
                    return youth.findDueBy(horizon, youthSchedule).mapLeft(e -> new FeedFailure("youth support person", e.message()));
                })
                .flatMap(due -> {
                    due.forEach(y -> all.addAll(youthSchedule.openObligations(y)));
                    // a municipality has a handful of substitute homes: reading them all is cheap
                    return homes.findAll().mapLeft(e -> new FeedFailure("substitute homes", e.message()));
                })
                .map(allHomes -> {
                    allHomes.forEach(h -> all.addAll(h.openObligations(calendar, careRules)));
                    return DeadlineWatch.dueBy(all, horizon);
                });
    }
}
