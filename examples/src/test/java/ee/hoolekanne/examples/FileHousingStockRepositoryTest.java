package ee.hoolekanne.examples;

import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.testkit.contract.HousingStockRepositoryContract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The integrator's own adapter passes the same contract suite as the library's adapters. */
class FileHousingStockRepositoryTest extends HousingStockRepositoryContract {

    @Override
    protected HousingStockRepository newStockRepository() {
        try {
            return new FileHousingStockRepository(Files.createTempDirectory(Path.of("target"), "stocks"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
