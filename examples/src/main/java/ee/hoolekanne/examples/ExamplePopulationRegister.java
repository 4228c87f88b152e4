package ee.hoolekanne.examples;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.PopulationRegister;
import ee.hoolekanne.port.out.PortFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The examples' stand-in for the population register (rahvastikuregister): residences registered
 * in memory. A municipal application implements {@link PopulationRegister} over the register's
 * X-tee service instead; the testkit's {@code PopulationRegisterContract} checks it.
 */
final class ExamplePopulationRegister implements PopulationRegister {

    private record Residence(LocalDate from, String municipality, Option<String> district) {
    }

    private final Map<PersonalCode, Residence> residences = new ConcurrentHashMap<>();

    /** {@code person} lives in {@code municipality} from {@code from} on. */
    void register(PersonalCode person, LocalDate from, String municipality) {
        residences.put(person, new Residence(from, municipality, Option.none()));
    }

    /** {@code person} lives in {@code district} of {@code municipality} from {@code from} on. */
    void register(PersonalCode person, LocalDate from, String municipality, String district) {
        residences.put(person, new Residence(from, municipality, Option.some(district)));
    }

    private Option<Residence> on(PersonalCode person, LocalDate date) {
        return Option.of(residences.get(person)).filter(r -> !date.isBefore(r.from()));
    }

    @Override
    public Either<PortFailure, Option<String>> residenceMunicipality(PersonalCode person, LocalDate date) {
        return Either.right(on(person, date).map(Residence::municipality));
    }

    @Override
    public Either<PortFailure, Option<String>> residenceDistrict(PersonalCode person, LocalDate date) {
        return Either.right(on(person, date).flatMap(Residence::district));
    }
}
