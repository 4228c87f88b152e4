/**
 * Driving ports: one use case per command, each a {@code <Verb><Noun>UseCase} with one method
 * taking a {@code <Verb><Noun>Command}, in one package per service ({@code socialhousing},
 * {@code resocialization}, {@code protection}, {@code youthsupport}, {@code substitutecare},
 * {@code justice}). This package holds only what every service shares: the failure type
 * {@link ee.hoolekanne.port.in.CaseFailure}, the cross-service morning list and the recomputation of
 * obligations. Every command returns {@code Either<CaseFailure<E>, Result>} with {@code E} the
 * service's domain error; a refused command changes nothing.
 */
package ee.hoolekanne.port.in;
