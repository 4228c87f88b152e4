package ee.hoolekanne.exampleapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A municipal application on the hoolekanne starter: an HTTP API for a caseworker's main acts in
 * Tartu social housing and Tallinn resocialization, and the caseworker's morning list as a page.
 * H2 in memory by default; PostgreSQL by one property, {@code spring.datasource.url}.
 */
@SpringBootApplication
public class ExampleApplication {

    /** Starts the application (on port 8080 unless {@code server.port} says otherwise). */
    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
