package ee.hoolekanne.examples;

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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An integrator's own adapter, as the README shows: housing stocks in plain text files, one per
 * stock, written atomically (temp file, then rename). It passes the testkit's
 * {@code HousingStockRepositoryContract} unchanged, which is how an integrator knows an adapter is
 * right. Deliberately simple: one line per unit or allocation, tab-separated.
 */
public final class FileHousingStockRepository implements HousingStockRepository {

    private final Path directory;

    /** Stocks as files in {@code directory}. */
    public FileHousingStockRepository(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    private Path file(String key) {
        return directory.resolve(key.replaceAll("[^A-Za-z0-9_-]", "_") + ".stock");
    }

    @Override
    public synchronized Either<RepositoryError, Option<Versioned<HousingStock>>> load(String key) {
        Path file = file(key);
        if (!Files.exists(file)) {
            return Either.right(Option.none());
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            long version = Long.parseLong(lines.get(0));
            List<HousingUnit> units = new ArrayList<>();
            List<Allocation> allocations = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("U")) {
                    units.add(new HousingUnit(new UnitId(f[1]), PlacementKind.valueOf(f[2]), f[3], f[4]));
                } else {
                    allocations.add(new Allocation(new UnitId(f[1]), new CaseId(f[2]), LocalDate.parse(f[3]), LocalDate.parse(f[4])));
                }
            }
            return Either.right(Option.some(new Versioned<>(new HousingStock(key, units, allocations), version)));
        } catch (IOException | RuntimeException e) {
            return Either.left(new RepositoryError.Unavailable("stock file unreadable: " + e.getClass().getSimpleName()));
        }
    }

    @Override
    public synchronized Either<RepositoryError, Long> save(String key, HousingStock stock, long expectedVersion) {
        return load(key).flatMap(current -> {
            long actual = current.map(Versioned::version).getOrElse(0L);
            if (actual != expectedVersion) {
                return Either.left(new RepositoryError.VersionConflict(key, expectedVersion, actual));
            }
            StringBuilder text = new StringBuilder().append(actual + 1).append('\n');
            stock.units().forEach(u -> text.append(String.join("\t", "U", u.id().value(), u.kind().name(), u.dwelling(), u.room())).append('\n'));
            stock.allocations().forEach(a -> text.append(String.join("\t", "A", a.unit().value(), a.caseId().value(),
                    a.from().toString(), a.until().toString())).append('\n'));
            try {
                Files.createDirectories(directory);
                Path temp = Files.createTempFile(directory, "stock", ".tmp");
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file(key), StandardCopyOption.REPLACE_EXISTING);
                }
                return Either.right(actual + 1);
            } catch (IOException e) {
                return Either.left(new RepositoryError.Unavailable("stock file not written: " + e.getClass().getSimpleName()));
            }
        });
    }
}
