package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.Allocation;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Housing stocks in tables {@code housing_stock}, {@code housing_unit}, {@code allocation}; every
 * allocated day also has a row in {@code allocation_day}, whose primary key makes the database
 * refuse a unit allocated twice on one day, whatever the Java code does.
 */
final class JdbcHousingStockRepository implements HousingStockRepository {

    private final DataSource dataSource;

    JdbcHousingStockRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<HousingStock>>> load(String key) {
        return Jdbc.reading(dataSource, key, c -> {
            Long version = Jdbc.storedVersion(c, "housing_stock", key);
            if (version == null) {
                return Either.right(Option.none());
            }
            List<HousingUnit> units = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT unit_id, kind, dwelling, room FROM housing_unit WHERE stock_id = ? ORDER BY position")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        units.add(unit(rs));
                    }
                }
            }
            List<Allocation> allocations = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT unit_id, case_id, from_date, until_date FROM allocation WHERE stock_id = ? ORDER BY position")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        allocations.add(new Allocation(new UnitId(rs.getString("unit_id")), new CaseId(rs.getString("case_id")),
                                Jdbc.date(rs, "from_date"), Jdbc.date(rs, "until_date")));
                    }
                }
            }
            return Either.right(Option.some(new Versioned<>(new HousingStock(key, units, allocations), version)));
        });
    }

    /**
     * {@inheritDoc} Answered by the database without loading the stock: the day's occupied units
     * come from the index {@code allocation_day_free} (stock, day), the stock's units of the kind
     * are those not among them.
     */
    @Override
    public Either<RepositoryError, List<HousingUnit>> findFree(String stockId, PlacementKind kind, LocalDate on) {
        return Jdbc.reading(dataSource, stockId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT u.unit_id, u.kind, u.dwelling, u.room FROM housing_unit u "
                    + "WHERE u.stock_id = ? AND u.kind = ? AND u.unit_id NOT IN (SELECT d.unit_id FROM allocation_day d "
                    + "WHERE d.stock_id = ? AND d.occupied_on = ?) ORDER BY u.position")) {
                ps.setString(1, stockId);
                ps.setString(2, kind.name());
                ps.setString(3, stockId);
                ps.setDate(4, Jdbc.date(on));
                List<HousingUnit> free = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        free.add(unit(rs));
                    }
                }
                return Either.right(List.copyOf(free));
            }
        });
    }

    private static HousingUnit unit(ResultSet rs) throws SQLException {
        return new HousingUnit(new UnitId(rs.getString("unit_id")), PlacementKind.valueOf(rs.getString("kind")),
                rs.getString("dwelling"), rs.getString("room"));
    }

    @Override
    public Either<RepositoryError, Long> save(String key, HousingStock stock, long expectedVersion) {
        return Jdbc.saveVersioned(dataSource, "housing_stock", key, expectedVersion, c -> write(c, key, stock));
    }

    private static void write(Connection c, String key, HousingStock stock) throws SQLException {
        Jdbc.deleteChildren(c, "allocation_day", "stock_id", key);
        Jdbc.deleteChildren(c, "allocation", "stock_id", key);
        Jdbc.deleteChildren(c, "housing_unit", "stock_id", key);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO housing_unit (stock_id, position, unit_id, kind, dwelling, room) VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (HousingUnit u : stock.units()) {
                ps.setString(1, key);
                ps.setInt(2, position++);
                ps.setString(3, u.id().value());
                ps.setString(4, u.kind().name());
                ps.setString(5, u.dwelling());
                ps.setString(6, u.room());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO allocation (stock_id, position, unit_id, case_id, from_date, until_date) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement day = c.prepareStatement(
                     "INSERT INTO allocation_day (stock_id, unit_id, occupied_on, case_id) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Allocation a : stock.allocations()) {
                ps.setString(1, key);
                ps.setInt(2, position++);
                ps.setString(3, a.unit().value());
                ps.setString(4, a.caseId().value());
                ps.setDate(5, Jdbc.date(a.from()));
                ps.setDate(6, Jdbc.date(a.until()));
                ps.addBatch();
                for (LocalDate d = a.from(); !d.isAfter(a.until()); d = d.plusDays(1)) {
                    day.setString(1, key);
                    day.setString(2, a.unit().value());
                    day.setDate(3, Jdbc.date(d));
                    day.setString(4, a.caseId().value());
                    day.addBatch();
                }
            }
            ps.executeBatch();
            day.executeBatch();
        }
    }
}
