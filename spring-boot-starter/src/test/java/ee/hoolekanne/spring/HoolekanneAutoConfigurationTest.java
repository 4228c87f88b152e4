package ee.hoolekanne.spring;

import ee.hoolekanne.adapter.jdbc.JdbcAdapters;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.protection.NeedArea;
import ee.hoolekanne.domain.protection.NeedAssessment;
import ee.hoolekanne.domain.protection.ProtectionStatus;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.port.in.protection.ReferForSupportPersonCommand;
import ee.hoolekanne.port.out.ActingUser;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.PopulationRegister;
import ee.hoolekanne.port.out.TimeSource;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemoryPopulationRegister;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.DeadlineWatchService;
import ee.hoolekanne.usecase.justice.AccommodationService;
import ee.hoolekanne.usecase.justice.PrisonerSupportService;
import ee.hoolekanne.usecase.protection.ProtectionService;
import ee.hoolekanne.usecase.resocialization.ResocializationService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.substitutecare.SubstituteCareService;
import ee.hoolekanne.usecase.youthsupport.YouthSupportService;
import io.vavr.control.Either;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter in an application context, on H2 and on a real PostgreSQL: the beans it makes, the
 * application's own that win, the application's transactions, the clock, who acts, the relay and
 * the health indicator.
 */
class HoolekanneAutoConfigurationTest {

    private static EmbeddedPostgres postgres;

    private static final AutoConfigurations BOOT = AutoConfigurations.of(DataSourceAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class, HoolekanneAutoConfiguration.class);

    /** What only the application can answer. */
    @Configuration(proxyBeanMethods = false)
    static class ApplicationPorts {
        @Bean
        PopulationRegister populationRegister() {
            return new InMemoryPopulationRegister();
        }

        @Bean
        ActingUser actingUser() {
            return ActingUser.fixed(new AuditContext("caseworker-1", "social welfare department"));
        }
    }

    private static ApplicationContextRunner h2() {
        return new ApplicationContextRunner().withConfiguration(BOOT)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "spring.datasource.username=sa")
                .withUserConfiguration(ApplicationPorts.class);
    }

    private static synchronized ApplicationContextRunner postgres() throws IOException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder().start();
        }
        String schema = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new ApplicationContextRunner().withConfiguration(BOOT)
                .withPropertyValues("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "hoolekanne.schema=" + schema)
                .withUserConfiguration(ApplicationPorts.class);
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static ReferForSupportPersonCommand referral(String id) {
        LocalDate on = LocalDate.of(2026, 3, 2);
        return new ReferForSupportPersonCommand(new CaseId(id), SupportServicesCases.refugeeFamily(), ProtectionStatus.INTERNATIONAL, true,
                new NeedAssessment(on.minusDays(7), "Tartu linn", Set.of(NeedArea.SOCIAL), List.of(), false, false),
                SupportServicesCases.referralDecision("RV-" + id, on), ServiceLanguage.otherWithInterpreter("Arabic"));
    }

    @Test
    @DisplayName("on H2: the JDBC adapter migrated in its own schema and every service a bean; the substitute-care ones once the providers are given")
    void everyServiceOnH2() {
        h2().run(context -> {
            assertThat(context).hasNotFailed();
            JdbcAdapters jdbc = context.getBean(JdbcAdapters.class);
            assertThat(jdbc.schema()).isEqualTo("hoolekanne");
            assertThat(jdbc.schemaVersion().get().get()).isEqualTo("17");
            assertThat(context).hasSingleBean(CasePorts.class).hasSingleBean(SocialHousingService.class)
                    .hasSingleBean(ResocializationService.class).hasSingleBean(ProtectionService.class)
                    .hasSingleBean(PrisonerSupportService.class).hasSingleBean(AccommodationService.class)
                    .hasSingleBean(DeadlineWatchService.class).doesNotHaveBean(YouthSupportService.class)
                    .doesNotHaveBean(SubstituteCareService.class).doesNotHaveBean(RelaySchedule.class);
            assertThat(context.getBean(ProtectionService.class).referForSupportPerson(referral("rvk-1")).isRight()).isTrue();
            assertThat(jdbc.protectionReferrals().load(new CaseId("rvk-1")).get().isDefined()).isTrue();
        });
        h2().withBean(SubstituteCareProviders.class, () -> new SubstituteCareProviders(SupportServicesCases.youthProviders(),
                SupportServicesCases.familyProviders(), SupportServicesCases.PROJECT))
                .run(context -> assertThat(context).hasSingleBean(YouthSupportService.class).hasSingleBean(SubstituteCareService.class));
    }

    @Test
    @DisplayName("on PostgreSQL: the same, in the schema hoolekanne.schema names")
    void onPostgres() throws IOException {
        postgres().run(context -> {
            assertThat(context).hasNotFailed();
            JdbcAdapters jdbc = context.getBean(JdbcAdapters.class);
            assertThat(jdbc.database()).startsWith("PostgreSQL");
            assertThat(jdbc.schema()).startsWith("s");
            assertThat(context.getBean(ProtectionService.class).referForSupportPerson(referral("rvk-pg")).isRight()).isTrue();
            assertThat(jdbc.protectionReferrals().load(new CaseId("rvk-pg")).get().isDefined()).isTrue();
        });
    }

    @Test
    @DisplayName("a use case inside the application's Spring transaction: rolled back, nothing was written (case, obligations, audit)")
    void theApplicationsTransaction() {
        h2().run(context -> {
            TransactionTemplate template = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            ProtectionService service = context.getBean(ProtectionService.class);
            JdbcAdapters jdbc = context.getBean(JdbcAdapters.class);
            template.executeWithoutResult(status -> {
                assertThat(service.referForSupportPerson(referral("rvk-rolled-back")).isRight()).isTrue();
                assertThat(jdbc.protectionReferrals().load(new CaseId("rvk-rolled-back")).get().isDefined())
                        .as("visible inside the transaction").isTrue();
                status.setRollbackOnly();
            });
            assertThat(jdbc.protectionReferrals().load(new CaseId("rvk-rolled-back")).get().isEmpty()).isTrue();
            assertThat(jdbc.openObligations().dueBy(LocalDate.of(2100, 1, 1)).get()).isEmpty();
            template.executeWithoutResult(status -> service.referForSupportPerson(referral("rvk-committed")));
            assertThat(jdbc.protectionReferrals().load(new CaseId("rvk-committed")).get().isDefined()).isTrue();
        });
    }

    @Test
    @DisplayName("the application's own beans win: a service, the time source, the schedules")
    void theApplicationsBeanWins() {
        ProtectionService own = ee.hoolekanne.testkit.inmemory.InMemoryAdapters.create(LocalDate.of(2026, 3, 2))
                .protection(ee.hoolekanne.domain.protection.ProtectionSchedule.standard());
        h2().withBean("myProtection", ProtectionService.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(ProtectionService.class);
            assertThat(context.getBean(ProtectionService.class)).isSameAs(own);
        });
        Clock fixed = Clock.fixed(LocalDate.of(2026, 12, 24).atStartOfDay(ZoneId.of("Europe/Tallinn")).toInstant(), ZoneId.of("Europe/Tallinn"));
        h2().withBean(Clock.class, () -> fixed).run(context ->
                assertThat(context.getBean(TimeSource.class).today()).isEqualTo(LocalDate.of(2026, 12, 24)));
    }

    @Test
    @DisplayName("TSM-18: who acts comes from Spring Security's authenticated user; without Security or a bean, nobody, and commands are refused")
    void whoActs() {
        new ApplicationContextRunner().withConfiguration(BOOT)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .run(context -> {
                    ActingUser user = context.getBean(ActingUser.class);
                    assertThat(user.current().isLeft()).isTrue();
                    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("mari.mets", "n/a",
                            List.of()));
                    try {
                        assertThat(user.current().get().user()).isEqualTo("mari.mets");
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
        new ApplicationContextRunner().withConfiguration(BOOT).withClassLoader(new FilteredClassLoader(SecurityContextHolder.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .run(context -> {
                    assertThat(context.getBean(ActingUser.class).current().isLeft()).isTrue();
                    assertThat(context.getBean(ProtectionService.class).referForSupportPerson(referral("rvk-nobody")).isLeft()).isTrue();
                });
    }

    @Test
    @DisplayName("the outbox relay runs on a schedule when the application has a Notifier, unless switched off")
    void relay() {
        Notifier notifier = notification -> Either.<ee.hoolekanne.port.out.PortFailure, Notification>right(notification);
        h2().withBean(Notifier.class, () -> notifier).withPropertyValues("hoolekanne.relay.interval=5s").run(context -> {
            assertThat(context).hasSingleBean(RelaySchedule.class);
            assertThat(context.getBean(RelaySchedule.class).isRunning()).isTrue();
            assertThat(context.getBean(RelaySchedule.class).interval()).hasSeconds(5);
        });
        h2().withBean(Notifier.class, () -> notifier).withPropertyValues("hoolekanne.relay.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(RelaySchedule.class));
    }

    @Test
    @DisplayName("the health indicator: up, with the schema, its version and the overdue obligations")
    void health() {
        h2().run(context -> {
            Health health = context.getBean("hoolekanneHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("schema", "hoolekanne").containsEntry("schemaVersion", "17")
                    .containsEntry("overdueObligations", 0);
        });
    }

    @Test
    @DisplayName("clear failures: a schema that must be validated but is empty, a municipality without built-in rule sets")
    void clearFailures() {
        h2().withPropertyValues("hoolekanne.migration=VALIDATE").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("hoolekanne"));
        h2().withPropertyValues("hoolekanne.social-housing.municipality=narva").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("no built-in rule sets for 'narva'"));
    }

    @Test
    @DisplayName("configuration metadata: an IDE completes every hoolekanne.* property")
    void metadata() throws IOException {
        try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String property : List.of("hoolekanne.schema", "hoolekanne.migration", "hoolekanne.social-housing.stock-id",
                    "hoolekanne.relay.interval", "hoolekanne.relay.enabled")) {
                assertThat(json).contains("\"" + property + "\"");
            }
        }
    }
}
