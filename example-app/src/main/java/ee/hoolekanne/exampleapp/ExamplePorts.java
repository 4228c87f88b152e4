package ee.hoolekanne.exampleapp;

import ee.hoolekanne.adapter.json.HoolekanneJson;
import ee.hoolekanne.adapter.letters.HoolekanneLetters;
import ee.hoolekanne.adapter.letters.LetterSettings;
import ee.hoolekanne.adapter.letters.Letterhead;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.ActingUser;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.PopulationRegister;
import ee.hoolekanne.port.out.PortFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What only the municipality can answer, as beans the starter picks up: its population register
 * (here a stand-in in memory), who acts (here one caseworker; an application takes it from its
 * login, or adds Spring Security), its notifier (here one that counts), its letters and JSON.
 */
@Configuration(proxyBeanMethods = false)
class ExamplePorts {

    /** The population register's stand-in: residences registered in memory. */
    static final class Register implements PopulationRegister {
        private record Residence(String name, java.util.List<String> address, String municipality, Option<String> district) {
        }

        private final Map<PersonalCode, Residence> residences = new ConcurrentHashMap<>();

        void register(PersonalCode person, String name, java.util.List<String> address, String municipality, Option<String> district) {
            residences.put(person, new Residence(name, address, municipality, district));
        }

        /** The person's name and address for a letter; a placeholder for a person the register does not know. */
        ee.hoolekanne.port.out.Addressee addressee(PersonalCode person) {
            Residence r = residences.get(person);
            return r == null ? new ee.hoolekanne.port.out.Addressee("Taotleja", java.util.List.of())
                    : new ee.hoolekanne.port.out.Addressee(r.name(), r.address());
        }

        @Override
        public Either<PortFailure, Option<String>> residenceMunicipality(PersonalCode person, LocalDate date) {
            return Either.right(Option.of(residences.get(person)).map(Residence::municipality));
        }

        @Override
        public Either<PortFailure, Option<String>> residenceDistrict(PersonalCode person, LocalDate date) {
            return Either.right(Option.of(residences.get(person)).flatMap(Residence::district));
        }
    }

    /** A notifier that counts what it was given; a municipality sends e-mail, SMS or to the state portal. */
    static final class CountingNotifier implements Notifier {
        final AtomicInteger sent = new AtomicInteger();

        @Override
        public Either<PortFailure, Notification> send(Notification notification) {
            sent.incrementAndGet();
            return Either.right(notification);
        }
    }

    @Bean
    Register populationRegister() {
        return new Register();
    }

    @Bean
    ActingUser actingUser() {
        return ActingUser.fixed(new AuditContext("caseworker-1", "Tartu Linnavalitsuse sotsiaal- ja tervishoiuosakond"));
    }

    @Bean
    CountingNotifier notifier() {
        return new CountingNotifier();
    }

    @Bean
    HoolekanneJson hoolekanneJson() {
        return HoolekanneJson.standard();
    }

    @Bean
    HoolekanneLetters letters() {
        Properties properties = new Properties();
        try (var in = Objects.requireNonNull(ExamplePorts.class.getResourceAsStream("/letters/letterhead.properties"));
             var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HoolekanneLetters.create(LetterSettings.of(Letterhead.of(properties)));
    }
}
