package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.port.out.PopulationRegister;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract of {@link PopulationRegister}. The adapter under test must know {@link #RESIDENT}
 * as resident in Tartu linn from 2020-01-01 and Elva vald from 2024-06-01, {@link #TALLINNER} in
 * Tallinn, district Lasnamäe, from 2019-03-01, and not know {@link #STRANGER}.
 */
public abstract class PopulationRegisterContract {

    /** The person the register knows. */
    public static final PersonalCode RESIDENT = PersonalCode.of(LocalDate.of(1980, 4, 2), Sex.FEMALE, 11);
    /** A person registered in a Tallinn district. */
    public static final PersonalCode TALLINNER = PersonalCode.of(LocalDate.of(1975, 8, 9), Sex.MALE, 13);
    /** A person the register does not know. */
    public static final PersonalCode STRANGER = PersonalCode.of(LocalDate.of(1981, 5, 3), Sex.MALE, 12);

    /** The register, knowing {@link #RESIDENT} as described. */
    protected abstract PopulationRegister register();

    @Test
    @DisplayName("TSM-2: the residence is the municipality registered on the date")
    void residenceOnDate() {
        assertEquals(Option.some("Tartu linn"), register().residenceMunicipality(RESIDENT, LocalDate.of(2023, 3, 1)).getOrElseThrow(f -> new AssertionError(f.reason())));
        assertEquals(Option.some("Elva vald"), register().residenceMunicipality(RESIDENT, LocalDate.of(2024, 6, 1)).getOrElseThrow(f -> new AssertionError(f.reason())));
    }

    @Test
    @DisplayName("TSM-2: no residence before the first registration, none for an unknown person")
    void noResidence() {
        assertEquals(Option.none(), register().residenceMunicipality(RESIDENT, LocalDate.of(2019, 12, 31)).getOrElseThrow(f -> new AssertionError(f.reason())));
        assertEquals(Option.none(), register().residenceMunicipality(STRANGER, LocalDate.of(2023, 3, 1)).getOrElseThrow(f -> new AssertionError(f.reason())));
    }

    @Test
    @DisplayName("RES-6: the city district of the registered residence, none where there is none")
    void district() {
        assertEquals(Option.some("Lasnamäe"), register().residenceDistrict(TALLINNER, LocalDate.of(2023, 3, 1))
                .getOrElseThrow(f -> new AssertionError(f.reason())));
        assertEquals(Option.some("Tallinn"), register().residenceMunicipality(TALLINNER, LocalDate.of(2023, 3, 1))
                .getOrElseThrow(f -> new AssertionError(f.reason())));
        assertEquals(Option.none(), register().residenceDistrict(RESIDENT, LocalDate.of(2023, 3, 1))
                .getOrElseThrow(f -> new AssertionError(f.reason())));
        assertEquals(Option.none(), register().residenceDistrict(STRANGER, LocalDate.of(2023, 3, 1))
                .getOrElseThrow(f -> new AssertionError(f.reason())));
    }
}
