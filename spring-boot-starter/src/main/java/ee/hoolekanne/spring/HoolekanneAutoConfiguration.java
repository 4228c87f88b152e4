package ee.hoolekanne.spring;

import ee.hoolekanne.adapter.jdbc.JdbcAdapters;
import ee.hoolekanne.adapter.jdbc.JdbcConnections;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.port.in.DeliverNotificationsCommand;
import ee.hoolekanne.port.out.ActingUser;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.PopulationRegister;
import ee.hoolekanne.port.out.PortFailure;
import ee.hoolekanne.port.out.SystemTimeSource;
import ee.hoolekanne.port.out.TimeSource;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.DeadlineWatchService;
import ee.hoolekanne.usecase.NotificationRelay;
import ee.hoolekanne.usecase.ObligationSource;
import ee.hoolekanne.usecase.RelaySettings;
import ee.hoolekanne.usecase.ServiceSchedules;
import ee.hoolekanne.usecase.justice.AccommodationService;
import ee.hoolekanne.usecase.justice.PrisonerSupportService;
import ee.hoolekanne.usecase.protection.ProtectionService;
import ee.hoolekanne.usecase.resocialization.ResocializationService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingPorts;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingSettings;
import ee.hoolekanne.usecase.substitutecare.SubstituteCareService;
import ee.hoolekanne.usecase.youthsupport.YouthSupportService;
import io.vavr.control.Either;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * hoolekanne in a Spring Boot 4 application: the JDBC adapter on the application's
 * {@link DataSource}, its schema migrated as {@code hoolekanne.migration} says, every repository
 * call inside the application's Spring transactions; each service a bean an application replaces
 * by defining its own; the clock from a {@link Clock} bean; who acts from an {@link ActingUser}
 * bean or Spring Security; the outbox relay on a schedule when there is a {@link Notifier}; an
 * Actuator health indicator. A service that needs the population register ({@code
 * SocialHousingService}, {@code ResocializationService}) is made when the application gives a
 * {@link PopulationRegister} bean; the substitute-care services when it gives their
 * {@link SubstituteCareProviders}.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnClass(JdbcAdapters.class)
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
@EnableConfigurationProperties(HoolekanneProperties.class)
public class HoolekanneAutoConfiguration {

    /** The built-in rule sets, chosen by {@code hoolekanne.social-housing.municipality} ("tartu"). */
    @Bean
    @ConditionalOnMissingBean
    public ServiceSchedules hoolekanneSchedules(HoolekanneProperties properties) {
        String municipality = properties.getSocialHousing().getMunicipality();
        if (!"tartu".equalsIgnoreCase(municipality)) {
            throw new IllegalStateException("hoolekanne.social-housing.municipality: no built-in rule sets for '" + municipality
                    + "' (built in: tartu); define a ServiceSchedules bean with your municipality's rule sets");
        }
        return ServiceSchedules.standard();
    }

    /** The JDBC adapter's connections in the application's transactions. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcConnections hoolekanneConnections(DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new SpringJdbcConnections(dataSource, transactionManager);
    }

    /** The JDBC adapters, their schema migrated (or validated) at start-up. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcAdapters hoolekanneJdbc(DataSource dataSource, JdbcConnections connections, HoolekanneProperties properties,
                                       ServiceSchedules schedules) {
        return JdbcAdapters.builder(dataSource).schema(properties.getSchema()).migration(properties.getMigration())
                .connections(connections).schedules(schedules).build();
    }

    /** The time source: the application's {@link Clock} bean, or the system clock in Europe/Tallinn. */
    @Bean
    @ConditionalOnMissingBean
    public TimeSource hoolekanneTime(ObjectProvider<Clock> clock) {
        Clock chosen = clock.getIfAvailable();
        return chosen != null ? new SystemTimeSource(chosen) : SystemTimeSource.system();
    }

    /** Who acts, from Spring Security's authenticated user. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
    static class SecurityActingUser {
        @Bean
        @ConditionalOnMissingBean
        ActingUser hoolekanneActingUser() {
            return new SecurityContextActingUser("social welfare department");
        }
    }

    /** Without Spring Security and without an {@link ActingUser} bean, nobody is known: every command is refused (TSM-18). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("org.springframework.security.core.context.SecurityContextHolder")
    static class UnknownActingUser {
        @Bean
        @ConditionalOnMissingBean
        ActingUser hoolekanneActingUser() {
            Either<PortFailure, ee.hoolekanne.port.out.AuditContext> unknown = Either.left(new PortFailure("acting user",
                    "define an ActingUser bean (or add Spring Security) to say who acts"));
            return () -> unknown;
        }
    }

    /** The ports every command runs on. */
    @Bean
    @ConditionalOnMissingBean
    public CasePorts hoolekanneCasePorts(JdbcAdapters jdbc, ActingUser actingUser, TimeSource time) {
        return new CasePorts(jdbc.openObligations(), jdbc.outbox(), jdbc.auditSink(), actingUser, time, jdbc.transactions());
    }

    /** Social housing (TSM), with the stock and waiting list of {@code hoolekanne.social-housing.*}. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(PopulationRegister.class)
    public SocialHousingService socialHousingService(JdbcAdapters jdbc, PopulationRegister register, CasePorts kernel,
                                                     ServiceSchedules schedules, HoolekanneProperties properties) {
        HoolekanneProperties.SocialHousing p = properties.getSocialHousing();
        return new SocialHousingService(new SocialHousingPorts(jdbc.applications(), jdbc.housingStocks(), jdbc.waitingLists(), register),
                kernel, new SocialHousingSettings(schedules.socialHousing(), SubsistenceLevels.estonia(), p.getStockId(), p.getWaitingListId()));
    }

    /** Resocialization (RES). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(PopulationRegister.class)
    public ResocializationService resocializationService(JdbcAdapters jdbc, PopulationRegister register, CasePorts kernel,
                                                         ServiceSchedules schedules) {
        return new ResocializationService(jdbc.resocializations(), register, kernel, schedules.resocialization());
    }

    /** The protection support-person service (RVK). */
    @Bean
    @ConditionalOnMissingBean
    public ProtectionService protectionService(JdbcAdapters jdbc, CasePorts kernel, ServiceSchedules schedules) {
        return new ProtectionService(jdbc.protectionReferrals(), kernel, schedules.protection());
    }

    /** The youth support-person service (AHT-9 .. AHT-13). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(SubstituteCareProviders.class)
    public YouthSupportService youthSupportService(JdbcAdapters jdbc, CasePorts kernel, SubstituteCareProviders providers,
                                                   ServiceSchedules schedules) {
        return new YouthSupportService(jdbc.youthSupport(), kernel, providers.youthSupport(), schedules.substituteCare(), providers.project());
    }

    /** The substitute-care families' services (AHT-4 .. AHT-8). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(SubstituteCareProviders.class)
    public SubstituteCareService substituteCareService(JdbcAdapters jdbc, CasePorts kernel, SubstituteCareProviders providers,
                                                       ServiceSchedules schedules) {
        return new SubstituteCareService(jdbc.familyServices(), jdbc.counsellingGroups(), jdbc.substituteHomes(), kernel,
                providers.families(), schedules.substituteCare(), providers.project());
    }

    /** The prisoners' support service (JUS-1 .. JUS-2). */
    @Bean
    @ConditionalOnMissingBean
    public PrisonerSupportService prisonerSupportService(JdbcAdapters jdbc, CasePorts kernel, ServiceSchedules schedules) {
        return new PrisonerSupportService(jdbc.prisonerSupport(), kernel, schedules.justice());
    }

    /** Released prisoners' accommodation (JUS-3 .. JUS-7). */
    @Bean
    @ConditionalOnMissingBean
    public AccommodationService accommodationService(JdbcAdapters jdbc, CasePorts kernel, ServiceSchedules schedules) {
        return new AccommodationService(jdbc.releasedAccommodation(), kernel, schedules.justice());
    }

    /** The caseworker's morning list across every service bean. */
    @Bean
    @ConditionalOnMissingBean
    public DeadlineWatchService deadlineWatchService(JdbcAdapters jdbc, ServiceSchedules schedules, List<ObligationSource> services) {
        return new DeadlineWatchService(jdbc.openObligations(), schedules.socialHousing().calendar(), services);
    }

    /** The outbox relay to the application's {@link Notifier}. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(Notifier.class)
    public NotificationRelay notificationRelay(JdbcAdapters jdbc, Notifier notifier, TimeSource time) {
        return new NotificationRelay(jdbc.outbox(), notifier, time, RelaySettings.standard());
    }

    /** Runs the relay every {@code hoolekanne.relay.interval}. */
    @Bean
    @ConditionalOnBean(NotificationRelay.class)
    @ConditionalOnProperty(prefix = "hoolekanne.relay", name = "enabled", havingValue = "true", matchIfMissing = true)
    public RelaySchedule hoolekanneRelaySchedule(NotificationRelay relay, HoolekanneProperties properties) {
        return new RelaySchedule(() -> relay.deliverNotifications(new DeliverNotificationsCommand(properties.getRelay().getBatchSize())),
                properties.getRelay().getInterval());
    }

    /** Actuator's view: the schema, and how many obligations are overdue. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class HealthConfiguration {
        @Bean
        @ConditionalOnMissingBean(name = "hoolekanneHealthIndicator")
        HealthIndicator hoolekanneHealthIndicator(JdbcAdapters jdbc, TimeSource time) {
            return () -> {
                LocalDate yesterday = time.today().minusDays(1);
                return jdbc.openObligations().dueBy(yesterday).fold(
                        failure -> Health.down().withDetail("schema", jdbc.schema()).withDetail("error", failure.getClass().getSimpleName())
                                .build(),
                        overdue -> Health.up().withDetail("database", jdbc.database()).withDetail("schema", jdbc.schema())
                                .withDetail("schemaVersion", jdbc.schemaVersion().map(v -> v.getOrElse("none")).getOrElse("unknown")).withDetail("overdueObligations", overdue.size()).build());
            };
        }
    }
}
