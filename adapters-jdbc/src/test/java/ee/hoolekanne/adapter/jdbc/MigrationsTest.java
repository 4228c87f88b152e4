package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.port.out.HousingStockRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema: released migrations never change, and the database itself refuses a double booking. */
class MigrationsTest {

    @Test
    @DisplayName("released migrations are never edited: their checksums match the committed list")
    void checksums() throws IOException, NoSuchAlgorithmException {
        Map<String, String> committed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/migration-checksums.txt"))) {
            if (!line.isBlank()) {
                String[] parts = line.trim().split(" ");
                committed.put(parts[0], parts[1]);
            }
        }
        Map<String, String> actual = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/ee/hoolekanne/adapter/jdbc/migration"))) {
            for (Path file : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    actual.put(file.getFileName().toString(),
                            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
                }
            }
        }
        for (Map.Entry<String, String> released : committed.entrySet()) {
            assertEquals(released.getValue(), actual.get(released.getKey()),
                    "migration " + released.getKey() + " was edited or removed; add a new migration instead");
        }
        assertEquals(committed.keySet(), actual.keySet(),
                "every migration is listed in src/test/resources/migration-checksums.txt (add new ones there when releasing)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Databases.Kind.class)
    @DisplayName("TSM-9: the database refuses a unit allocated twice on one day, whatever the Java code does")
    void databaseRefusesDoubleBooking(Databases.Kind kind) throws SQLException, IOException {
        JdbcAdapters jdbc = Databases.fresh(kind);
        HousingStockRepository stocks = jdbc.housingStocks();
        HousingStock stock = orFail(HousingStock.empty("s").withUnit(HousingUnit.bedPlace("bed-1", "Pikk 1", "room 1")));
        stock = orFail(stock.allocate(new UnitId("bed-1"), PlacementKind.BED_PLACE, new CaseId("a"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        orFail(stocks.save("s", stock, 0));
        // bypass the domain and the repository: a second case on 15 January
        try (Connection c = Databases.dataSource(kind).getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO \"hoolekanne\".allocation_day (stock_id, unit_id, occupied_on, case_id) VALUES ('s', 'bed-1', ?, 'b')")) {
            ps.setDate(1, java.sql.Date.valueOf(LocalDate.of(2026, 1, 15)));
            SQLException refused = assertThrows(SQLException.class, ps::executeUpdate);
            assertEquals("23505", refused.getSQLState(), "unique violation");
        }
        assertTrue(stocks.load("s").get().get().value().isFree(new UnitId("bed-1"), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)));
        assertTrue(new String(Files.readAllBytes(Path.of("src/main/resources/ee/hoolekanne/adapter/jdbc/migration/V1__housing_stock_and_waiting_list.sql")),
                StandardCharsets.UTF_8).contains("PRIMARY KEY (stock_id, unit_id, occupied_on)"));
    }
}
