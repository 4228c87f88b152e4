package ee.hoolekanne.port.out;

/** Why a repository refused or failed. */
public sealed interface RepositoryError {

    /** A sentence free of personal data. */
    String message();

    /**
     * The stored version is not the one the caller read: someone saved in between. Nothing was
     * written.
     *
     * @param key      the aggregate's key
     * @param expected the version the caller expected (0: expected it not to exist)
     * @param actual   the version stored (0: none)
     */
    record VersionConflict(String key, long expected, long actual) implements RepositoryError {
        @Override
        public String message() {
            return key + ": expected version " + expected + " but found " + actual;
        }
    }

    /**
     * The storage failed (connection lost, disk full, corrupt row). Nothing was written.
     *
     * @param reason what failed, free of personal data
     */
    record Unavailable(String reason) implements RepositoryError {
        @Override
        public String message() {
            return "storage unavailable: " + reason;
        }
    }
}
