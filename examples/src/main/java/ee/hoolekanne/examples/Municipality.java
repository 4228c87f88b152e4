package ee.hoolekanne.examples;

import ee.hoolekanne.adapter.jdbc.JdbcAdapters;
import ee.hoolekanne.adapter.letters.HoolekanneLetters;
import ee.hoolekanne.adapter.letters.LetterSettings;
import ee.hoolekanne.adapter.letters.Letterhead;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.justice.JusticeSchedule;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.resocialization.ResocializationSchedule;
import ee.hoolekanne.domain.substitutecare.Project;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.port.out.ActingUser;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.port.out.SystemTimeSource;
import ee.hoolekanne.port.out.TimeSource;
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
import ee.hoolekanne.usecase.substitutecare.SubstituteCareService;
import ee.hoolekanne.usecase.youthsupport.YouthSupportService;
import java.nio.file.Path;

import java.util.List;
import javax.sql.DataSource;

/**
 * How an application wires hoolekanne: the JDBC adapters on its database (their own schema, every
 * case, the open obligations and the audit), the ports only it can answer (the population
 * register, the notifier, the clock, who is acting: here the examples' own register and notifier,
 * the system clock and a fixed caseworker), and every service, the morning list and the notification relay over them. Every
 * service runs on the same {@link CasePorts}, so each command saves its case, its obligations, its
 * notifications and its audit records in one transaction.
 */
final class Municipality {

    /** Who acts in the examples: a caseworker of the social welfare department. */
    static final AuditContext CASEWORKER = new AuditContext("caseworker-7", "Tartu City Government, social welfare department");

    final JdbcAdapters jdbc;
    final ExamplePopulationRegister register = new ExamplePopulationRegister();
    final PrintingNotifier notifier = new PrintingNotifier();
    final TimeSource clock;
    final CasePorts kernel;

    final SocialHousingService socialHousing;
    final ProtectionService protection;
    final YouthSupportService youthSupport;
    final SubstituteCareService substituteCare;
    final ResocializationService resocialization;
    final PrisonerSupportService prisonerSupport;
    final AccommodationService accommodation;
    final DeadlineWatchService deadlineWatch;
    /** Delivers the outbox to the notifier; an application runs it on a schedule. */
    final NotificationRelay relay;
    /** Renders the letters of decisions and notices, with the letterhead of {@code letters/letterhead.properties}. */
    final HoolekanneLetters letters;
    /** Where the walk-through writes its letters. */
    final Path letterFolder;

    Municipality(DataSource database) {
        this.jdbc = JdbcAdapters.migrate(database);
        this.clock = SystemTimeSource.system();
        this.kernel = new CasePorts(jdbc.openObligations(), jdbc.outbox(), jdbc.auditSink(), ActingUser.fixed(CASEWORKER), clock,
                jdbc.transactions());
        this.socialHousing = new SocialHousingService(new SocialHousingPorts(jdbc.applications(), jdbc.housingStocks(), jdbc.waitingLists(),
                register), kernel, SocialHousingSettings.tartu("tartu-shelter", "tartu-waiting-list"));
        this.relay = new NotificationRelay(jdbc.outbox(), notifier, clock, RelaySettings.standard());
        this.protection = new ProtectionService(jdbc.protectionReferrals(), kernel, ProtectionSchedule.standard());
        this.youthSupport = new YouthSupportService(jdbc.youthSupport(), kernel, ExampleData.youthProviders(),
                SubstituteCareSchedule.standard(), Project.qualityOfSubstituteCare());
        this.substituteCare = new SubstituteCareService(jdbc.familyServices(), jdbc.counsellingGroups(), jdbc.substituteHomes(), kernel,
                ExampleData.familyProviders(), SubstituteCareSchedule.standard(), Project.qualityOfSubstituteCare());
        this.resocialization = new ResocializationService(jdbc.resocializations(), register, kernel, ResocializationSchedule.tallinn());
        this.prisonerSupport = new PrisonerSupportService(jdbc.prisonerSupport(), kernel, JusticeSchedule.standard());
        this.accommodation = new AccommodationService(jdbc.releasedAccommodation(), kernel, JusticeSchedule.standard());
        this.letters = HoolekanneLetters.create(LetterSettings.of(letterhead()).withTemplateClasspath("/letters"));
        this.letterFolder = Path.of("target", "letters").toAbsolutePath();
        this.deadlineWatch = new DeadlineWatchService(jdbc.openObligations(), EstonianCalendar.standard(),
                List.of(socialHousing, protection, youthSupport, substituteCare, resocialization, prisonerSupport, accommodation));
    }

    /** The letterhead of {@code letters/letterhead.properties} on the classpath. */
    private static Letterhead letterhead() {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Municipality.class.getResourceAsStream("/letters/letterhead.properties");
             var reader = new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, "letters/letterhead.properties"),
                     java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Letterhead.of(properties);
    }

    /**
     * Writes the letters {@code letters} to {@code to} in {@code language} as PDF files in the
     * letter folder and prints each path.
     */
    void writeLetters(java.io.PrintStream out, List<ee.hoolekanne.domain.letter.Letter> all, ee.hoolekanne.port.out.Addressee to,
                      java.util.Locale language) {
        try {
            java.nio.file.Files.createDirectories(letterFolder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (ee.hoolekanne.domain.letter.Letter letter : all) {
            letters.render(letter, to, language, ee.hoolekanne.port.out.LetterFormat.PDF).fold(failure -> {
                out.println("    letter " + letter.number() + " not rendered: " + failure.message());
                return null;
            }, rendered -> {
                Path file = letterFolder.resolve(rendered.fileName());
                try {
                    java.nio.file.Files.write(file, rendered.content());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                out.println("    letter (" + language.getLanguage() + ", " + letter.kind() + "): " + file);
                return null;
            });
        }
    }
}
