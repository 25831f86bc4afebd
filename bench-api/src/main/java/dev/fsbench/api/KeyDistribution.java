package dev.fsbench.api;

import java.util.Locale;

/** How the generator draws words from the vocabulary. ZIPF makes a few keys hot (data skew). */
public enum KeyDistribution {
    UNIFORM,
    ZIPF;

    public static KeyDistribution parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown key distribution '" + text + "' (expected uniform or zipf)");
        }
    }
}
