package ee.hoolekanne.port.out;

import java.util.List;
import java.util.Objects;

/**
 * Who a letter goes to, as the population register or the case gives it: a name and the lines of
 * an address. Personal data: {@link #toString()} holds neither.
 *
 * @param name    the person's name
 * @param address the lines of the postal address, or an e-mail address, possibly none
 */
public record Addressee(String name, List<String> address) {

    /** The name is required and not blank; the address lines are copied. */
    public Addressee {
        Objects.requireNonNull(name, "name");
        address = List.copyOf(address);
        if (name.isBlank()) {
            throw new IllegalArgumentException("an addressee has a name");
        }
    }

    @Override
    public String toString() {
        return "Addressee[" + address.size() + " address lines]";
    }
}
