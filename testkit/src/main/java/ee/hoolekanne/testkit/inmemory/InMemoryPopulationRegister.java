package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.PopulationRegister;
import ee.hoolekanne.port.out.PortFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A population register in memory: each person's residences by date. */
public final class InMemoryPopulationRegister implements PopulationRegister {

    private final Map<PersonalCode, Timeline<String>> residences = new ConcurrentHashMap<>();
    private final Map<PersonalCode, Timeline<String>> districts = new ConcurrentHashMap<>();

    /** Registers {@code person}'s residence in {@code municipality} from {@code from} on. */
    public InMemoryPopulationRegister register(PersonalCode person, LocalDate from, String municipality) {
        residences.merge(person, Timeline.startingOn(from, municipality), (old, added) -> old.then(from, municipality));
        return this;
    }

    /** Registers {@code person}'s residence in {@code district} of {@code municipality} from {@code from} on. */
    public InMemoryPopulationRegister register(PersonalCode person, LocalDate from, String municipality, String district) {
        register(person, from, municipality);
        districts.merge(person, Timeline.startingOn(from, district), (old, added) -> old.then(from, district));
        return this;
    }

    @Override
    public Either<PortFailure, Option<String>> residenceDistrict(PersonalCode person, LocalDate date) {
        return Either.right(Option.of(districts.get(person)).flatMap(t -> t.valueOn(date)));
    }

    @Override
    public Either<PortFailure, Option<String>> residenceMunicipality(PersonalCode person, LocalDate date) {
        return Either.right(Option.of(residences.get(person)).flatMap(t -> t.valueOn(date)));
    }
}
