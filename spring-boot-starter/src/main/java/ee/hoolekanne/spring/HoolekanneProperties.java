package ee.hoolekanne.spring;

import ee.hoolekanne.adapter.jdbc.JdbcAdapters;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The {@code hoolekanne.*} properties.
 */
@ConfigurationProperties("hoolekanne")
public class HoolekanneProperties {

    /** The database schema of hoolekanne's tables, beside the application's own. */
    private String schema = JdbcAdapters.DEFAULT_SCHEMA;

    /** What to do with the schema at start-up: MIGRATE (apply what is missing), VALIDATE, or NONE (a DBA runs the scripts). */
    private JdbcAdapters.Migration migration = JdbcAdapters.Migration.MIGRATE;

    /** The municipality's social housing service. */
    private final SocialHousing socialHousing = new SocialHousing();

    /** The outbox relay that delivers notifications to the application's Notifier. */
    private final Relay relay = new Relay();

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public JdbcAdapters.Migration getMigration() {
        return migration;
    }

    public void setMigration(JdbcAdapters.Migration migration) {
        this.migration = migration;
    }

    public SocialHousing getSocialHousing() {
        return socialHousing;
    }

    public Relay getRelay() {
        return relay;
    }

    /** The social housing service's settings. */
    public static class SocialHousing {

        /** The built-in rule sets: "tartu" (regulation no 86). Another municipality defines a ServiceSchedules bean. */
        private String municipality = "tartu";

        /** The housing stock the service allocates from. */
        private String stockId = "social-housing";

        /** The waiting list of the service. */
        private String waitingListId = "social-housing-waiting-list";

        public String getMunicipality() {
            return municipality;
        }

        public void setMunicipality(String municipality) {
            this.municipality = municipality;
        }

        public String getStockId() {
            return stockId;
        }

        public void setStockId(String stockId) {
            this.stockId = stockId;
        }

        public String getWaitingListId() {
            return waitingListId;
        }

        public void setWaitingListId(String waitingListId) {
            this.waitingListId = waitingListId;
        }
    }

    /** The outbox relay's settings. */
    public static class Relay {

        /** Whether the relay runs on a schedule (it runs only when the application has a Notifier bean). */
        private boolean enabled = true;

        /** The pause between two runs. */
        private Duration interval = Duration.ofMinutes(1);

        /** How many notifications one run delivers at most. */
        private int batchSize = 50;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
    }
}
