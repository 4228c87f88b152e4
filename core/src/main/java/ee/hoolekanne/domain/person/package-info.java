/**
 * People: the Estonian personal identification code (isikukood, rules ID-1 .. ID-4).
 *
 * <p>A {@link ee.hoolekanne.domain.person.PersonalCode} is personal data: it is masked in
 * {@code toString()} and never appears in full in an error message.
 */
package ee.hoolekanne.domain.person;
