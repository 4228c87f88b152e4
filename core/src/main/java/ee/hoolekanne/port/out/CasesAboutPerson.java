package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.person.PersonalCode;
import io.vavr.control.Either;

import java.util.List;

/**
 * A repository that finds the cases holding a person's data, for subject access (TSM-18).
 *
 * @param <T> the case type
 */
public interface CasesAboutPerson<T> {

    /**
     * Every stored case, in any state, in which {@code person} is the client, applicant or a
     * household member, as last saved, in case-id order; empty when there is none.
     */
    Either<RepositoryError, List<T>> casesAbout(PersonalCode person);
}
