/**
 * Driving ports: one use case per command of the social housing service, each a
 * {@code <Verb><Noun>UseCase} with one method taking a {@code <Verb><Noun>Command}. Every use
 * case returns {@code Either<SocialHousingError, Result>}; a refused command changes nothing.
 */
package ee.hoolekanne.port.in;
