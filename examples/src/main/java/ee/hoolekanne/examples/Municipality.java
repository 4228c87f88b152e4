package ee.hoolekanne.examples;

import ee.hoolekanne.adapter.jdbc.JdbcAdapters;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.justice.JusticeSchedule;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.resocialization.ResocializationSchedule;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.port.out.ActingUser;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemoryNotifier;
import ee.hoolekanne.testkit.inmemory.InMemoryPopulationRegister;
import ee.hoolekanne.testkit.inmemory.InMemoryTimeSource;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.DeadlineWatchService;
import ee.hoolekanne.usecase.NotificationRelay;
import ee.hoolekanne.usecase.RelaySettings;
import ee.hoolekanne.usecase.justice.AccommodationService;
import ee.hoolekanne.usecase.justice.PrisonerSupportService;
import ee.hoolekanne.usecase.protection.ProtectionService;
import ee.hoolekanne.usecase.resocialization.ResocializationService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingPorts;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingSettings;
import ee.hoolekanne.usecase.youthsupport.YouthSupportService;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * How an application wires hoolekanne: the JDBC adapters on its database (their own schema, every
 * case, the open obligations and the audit), the ports only it can answer (the population
 * register, the notifier, the clock, who is acting: here the testkit's in-memory ones and a fixed
 * caseworker), and every service, the morning list and the notification relay over them. Every
 * service runs on the same {@link CasePorts}, so each command saves its case, its obligations, its
 * notifications and its audit records in one transaction.
 */
final class Municipality {

    /** Who acts in the examples: a caseworker of the social welfare department. */
    static final AuditContext CASEWORKER = new AuditContext("caseworker-7", "Tartu City Government, social welfare department");

    final JdbcAdapters jdbc;
    final InMemoryPopulationRegister register = new InMemoryPopulationRegister();
    final InMemoryNotifier notifier = new InMemoryNotifier();
    final InMemoryTimeSource clock;
    final CasePorts kernel;

    final SocialHousingService socialHousing;
    final ProtectionService protection;
    final YouthSupportService youthSupport;
    final ResocializationService resocialization;
    final PrisonerSupportService prisonerSupport;
    final AccommodationService accommodation;
    final DeadlineWatchService deadlineWatch;
    /** Delivers the outbox to the notifier; an application runs it on a schedule. */
    final NotificationRelay relay;

    Municipality(DataSource database, LocalDate today) {
        this.jdbc = JdbcAdapters.migrate(database);
        this.clock = new InMemoryTimeSource(today);
        this.kernel = new CasePorts(jdbc.openObligations(), jdbc.outbox(), jdbc.auditSink(), ActingUser.fixed(CASEWORKER), clock,
                jdbc.transactions());
        this.socialHousing = new SocialHousingService(new SocialHousingPorts(jdbc.applications(), jdbc.housingStocks(), jdbc.waitingLists(),
                register), kernel, SocialHousingSettings.tartu("tartu-shelter", "tartu-waiting-list"));
        this.relay = new NotificationRelay(jdbc.outbox(), notifier, clock, RelaySettings.standard());
        this.protection = new ProtectionService(jdbc.protectionReferrals(), kernel, ProtectionSchedule.standard());
        this.youthSupport = new YouthSupportService(jdbc.youthSupport(), kernel, SupportServicesCases.youthProviders(),
                SubstituteCareSchedule.standard(), SupportServicesCases.PROJECT);
        this.resocialization = new ResocializationService(jdbc.resocializations(), register, kernel, ResocializationSchedule.tallinn());
        this.prisonerSupport = new PrisonerSupportService(jdbc.prisonerSupport(), kernel, JusticeSchedule.standard());
        this.accommodation = new AccommodationService(jdbc.releasedAccommodation(), kernel, JusticeSchedule.standard());
        this.deadlineWatch = new DeadlineWatchService(jdbc.openObligations(), EstonianCalendar.standard(),
                List.of(socialHousing, protection, youthSupport, resocialization, prisonerSupport, accommodation));
    }
}
