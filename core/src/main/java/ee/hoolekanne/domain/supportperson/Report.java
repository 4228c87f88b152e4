package ee.hoolekanne.domain.supportperson;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A report to the local government on the client's situation, results and next steps (RVK-8,
 * AHT-12). Personal data: {@code toString()} shows only the date.
 *
 * @param submittedOn when
 * @param summary     the situation, results and next steps
 */
public record Report(LocalDate submittedOn, String summary) {
    /** Both parts are required. */
    public Report {
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(summary, "summary");
    }

    @Override
    public String toString() {
        return "Report[" + submittedOn + "]";
    }
}
