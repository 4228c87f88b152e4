package ee.hoolekanne.adapter.letters;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The authority's letterhead: data, not code. A municipality keeps it in a {@code .properties}
 * file (UTF-8) beside its templates:
 * <pre>
 * name=Tartu Linnavalitsus
 * address=Raekoda | 50089 Tartu
 * registryCode=…
 * phone=…
 * email=…
 * website=…
 * signsDigitally=true
 * </pre>
 *
 * @param name           the authority's name
 * @param address        the lines of its address
 * @param registryCode   its registry code, or empty
 * @param phone          its phone, or empty
 * @param email          its e-mail, or empty
 * @param website        its website, or empty
 * @param signsDigitally whether its letters are signed digitally ("allkirjastatud digitaalselt")
 */
public record Letterhead(String name, List<String> address, String registryCode, String phone, String email, String website,
                         boolean signsDigitally) {

    /** The name is required and not blank; the other texts default to empty. */
    public Letterhead {
        Objects.requireNonNull(name, "name");
        address = List.copyOf(address);
        registryCode = Objects.requireNonNullElse(registryCode, "");
        phone = Objects.requireNonNullElse(phone, "");
        email = Objects.requireNonNullElse(email, "");
        website = Objects.requireNonNullElse(website, "");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a letterhead names the authority");
        }
    }

    /**
     * The letterhead in {@code properties}: {@code name} (required), {@code address} (lines
     * separated by {@code |}), {@code registryCode}, {@code phone}, {@code email}, {@code website},
     * {@code signsDigitally}.
     *
     * @throws IllegalArgumentException without a name
     */
    public static Letterhead of(Properties properties) {
        String name = properties.getProperty("name", "").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the letterhead has no 'name'");
        }
        List<String> address = Arrays.stream(properties.getProperty("address", "").split("\\|")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        return new Letterhead(name, address, properties.getProperty("registryCode", "").strip(), properties.getProperty("phone", "").strip(),
                properties.getProperty("email", "").strip(), properties.getProperty("website", "").strip(),
                Boolean.parseBoolean(properties.getProperty("signsDigitally", "false").strip()));
    }

    /**
     * The letterhead in the UTF-8 properties file {@code file}.
     *
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException without a name
     */
    public static Letterhead load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return of(properties);
    }
}
