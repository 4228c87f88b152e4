/**
 * Use-case implementations, one package per service ({@code socialhousing}, {@code resocialization},
 * {@code protection}, {@code youthsupport}, {@code substitutecare}, {@code justice}), all running
 * their commands one way through {@link ee.hoolekanne.usecase.CaseRunner}: load the case, apply the
 * state's transition, save it under the version it was loaded with, record the use of personal
 * data, replace the case's open obligations, all in one transaction of
 * {@link ee.hoolekanne.port.out.Transactions}. This package holds what the services share: the
 * runner, the ports it runs on ({@link ee.hoolekanne.usecase.CasePorts}), and the cross-service
 * morning list with the recomputation of obligations
 * ({@link ee.hoolekanne.usecase.DeadlineWatchService}).
 */
package ee.hoolekanne.usecase;
