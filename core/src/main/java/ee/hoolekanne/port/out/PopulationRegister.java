package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.person.PersonalCode;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;

/**
 * The population register (rahvastikuregister): where a person's residence is registered (TSM-2,
 * RES-6).
 *
 * <p>{@link #residenceDistrict} answers the same for the city district (linnaosa) of a city with
 * districts, e.g. {@code Lasnamäe} in Tallinn (RES-6): none where the residence has no district.
 *
 * <p>{@link #residenceMunicipality} returns the municipality of the person's registered residence
 * on the date, exactly as the register names it (e.g. {@code Tartu linn}); none when the register
 * has no residence for the person on that date (including an unknown person); a
 * {@link PortFailure} when the register cannot be asked. Never throws.
 */
public interface PopulationRegister {

    /** The municipality of residence on {@code date}, or none. */
    Either<PortFailure, Option<String>> residenceMunicipality(PersonalCode person, LocalDate date);

    /** The city district of residence on {@code date}, or none. */
    Either<PortFailure, Option<String>> residenceDistrict(PersonalCode person, LocalDate date);
}
