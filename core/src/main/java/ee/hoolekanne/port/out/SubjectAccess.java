package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.person.PersonalCode;
import io.vavr.control.Either;

/**
 * Subject access (TSM-18): one call returns everything stored about a person. A person nothing is
 * stored about gets an empty report, not an error. Failures are {@link RepositoryError}s, never
 * thrown. The call itself is a use of the person's data: callers record it in the audit sink.
 */
public interface SubjectAccess {

    /** Every case and audit record about {@code person}. */
    Either<RepositoryError, PersonalDataReport> everythingAbout(PersonalCode person);
}
