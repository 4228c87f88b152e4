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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Housing stocks in tables {@code housing_stock}, {@code housing_unit}, {@code allocation}; every
 * allocated day also has a row in {@code allocation_day}, whose primary key makes the database
 * refuse a unit allocated twice on one day, whatever the Java code does.
 */
final class JdbcHousingStockRepository implements HousingStockRepository {

    private static final List<String> CHILDREN = List.of("allocation_day", "allocation", "housing_unit");

    private final Jdbc.Db db;

    JdbcHousingStockRepository(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<HousingStock>>> load(String key) {
        return Jdbc.read(db, key, c -> Jdbc.readVersioned(db, c, "housing_stock", key, () -> {
            List<HousingUnit> units = Jdbc.rows(db, c, "SELECT unit_id, kind, dwelling, room FROM ~housing_unit WHERE stock_id = ? "
                    + "ORDER BY position", List.of(key)).stream().map(JdbcHousingStockRepository::unit).toList();
            List<Allocation> allocations = Jdbc.rows(db, c, "SELECT unit_id, case_id, from_date, until_date FROM ~allocation "
                    + "WHERE stock_id = ? ORDER BY position", List.of(key)).stream().map(r -> new Allocation(new UnitId(r.string("unit_id")),
                    new CaseId(r.string("case_id")), r.date("from_date"), r.date("until_date"))).toList();
            return new HousingStock(key, units, allocations);
        }));
    }

    /**
     * {@inheritDoc} Answered by the database without loading the stock: the day's occupied units
     * come from the index {@code allocation_day_free} (stock, day), the stock's units of the kind
     * are those not among them.
     */
    @Override
    public Either<RepositoryError, List<HousingUnit>> findFree(String stockId, PlacementKind kind, LocalDate on) {
        return Jdbc.read(db, stockId, c -> Either.right(Jdbc.rows(db, c, "SELECT u.unit_id, u.kind, u.dwelling, u.room FROM ~housing_unit u "
                + "WHERE u.stock_id = ? AND u.kind = ? AND u.unit_id NOT IN (SELECT d.unit_id FROM ~allocation_day d "
                + "WHERE d.stock_id = ? AND d.occupied_on = ?) ORDER BY u.position", List.of(stockId, kind.name(), stockId, on))
                .stream().map(JdbcHousingStockRepository::unit).toList()));
    }

    private static HousingUnit unit(Row r) {
        return new HousingUnit(new UnitId(r.string("unit_id")), PlacementKind.valueOf(r.string("kind")), r.string("dwelling"),
                r.string("room"));
    }

    @Override
    public Either<RepositoryError, Long> save(String key, HousingStock stock, long expectedVersion) {
        return Jdbc.saveVersioned(db, "housing_stock", key, expectedVersion, CHILDREN, "stock_id", c -> write(c, key, stock));
    }

    private void write(Connection c, String key, HousingStock stock) throws SQLException {
        Jdbc.insertAll(db, c, "INSERT INTO ~housing_unit (stock_id, position, unit_id, kind, dwelling, room) VALUES (?, ?, ?, ?, ?, ?)",
                stock.units(), (ps, i, u) -> {
                    ps.setString(1, key);
                    ps.setInt(2, i);
                    ps.setString(3, u.id().value());
                    ps.setString(4, u.kind().name());
                    ps.setString(5, u.dwelling());
                    ps.setString(6, u.room());
                });
        Jdbc.insertAll(db, c, "INSERT INTO ~allocation (stock_id, position, unit_id, case_id, from_date, until_date) VALUES (?, ?, ?, ?, ?, ?)",
                stock.allocations(), (ps, i, a) -> {
                    ps.setString(1, key);
                    ps.setInt(2, i);
                    ps.setString(3, a.unit().value());
                    ps.setString(4, a.caseId().value());
                    ps.setDate(5, Jdbc.date(a.from()));
                    ps.setDate(6, Jdbc.date(a.until()));
                });
        try (PreparedStatement day = c.prepareStatement(db.sql(
                "INSERT INTO ~allocation_day (stock_id, unit_id, occupied_on, case_id) VALUES (?, ?, ?, ?)"))) {
            boolean any = false;
            for (Allocation a : stock.allocations()) {
                for (LocalDate d = a.from(); !d.isAfter(a.until()); d = d.plusDays(1)) {
                    day.setString(1, key);
                    day.setString(2, a.unit().value());
                    day.setDate(3, Jdbc.date(d));
                    day.setString(4, a.caseId().value());
                    day.addBatch();
                    any = true;
                }
            }
            if (any) {
                day.executeBatch();
            }
        }
    }
}
