package dev.fsbench.serialization.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** Nested POJO inside {@link RichEvent}. */
public class Address implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public String street;
    public String city;
    public String countryCode;
    public int postalCode;

    public Address() {}

    public Address(String street, String city, String countryCode, int postalCode) {
        this.street = street;
        this.city = city;
        this.countryCode = countryCode;
        this.postalCode = postalCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address other
                && postalCode == other.postalCode
                && Objects.equals(street, other.street)
                && Objects.equals(city, other.city)
                && Objects.equals(countryCode, other.countryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, city, countryCode, postalCode);
    }
}
