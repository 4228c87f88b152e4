package ee.hoolekanne.exampleapp;

import ee.hoolekanne.port.in.CaseFailure;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal as an RFC 9457 problem: the status, the typed error's code (e.g. {@code
 * DefectiveDecision}) and its message, which the library keeps free of personal data; a body that
 * cannot be read is a problem that does not repeat it.
 */
@RestControllerAdvice
class Problems {

    /** The problem of a refused command. */
    static ResponseEntity<Object> of(CaseFailure<?> failure) {
        HttpStatus status = switch (failure) {
            case CaseFailure.NotFound<?> f -> HttpStatus.NOT_FOUND;
            case CaseFailure.AlreadyExists<?> f -> HttpStatus.CONFLICT;
            case CaseFailure.VersionConflict<?> f -> HttpStatus.CONFLICT;
            case CaseFailure.WrongState<?> f -> HttpStatus.CONFLICT;
            case CaseFailure.Unavailable<?> f -> HttpStatus.SERVICE_UNAVAILABLE;
            case CaseFailure.Refused<?> f -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        String code = failure instanceof CaseFailure.Refused<?> refused ? refused.error().getClass().getSimpleName()
                : failure.getClass().getSimpleName();
        return problem(status, code, failure.message());
    }

    /** A problem with {@code code} and {@code detail}. */
    static ResponseEntity<Object> problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(code);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "UnreadableBody", "the request body is not the JSON this endpoint takes");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> invalid(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "InvalidValue", "a value of the request is not valid");
    }
}
