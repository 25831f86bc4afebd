package dev.fsbench.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * The DStream job's key with {@code spark.skewMitigation=salt}: a word and its salt. A class of the job's own
 * (not a Tuple2) so it is what Kryo registration ({@code spark.kryoRegistration}) registers: unregistered,
 * Kryo writes this class's name with every shuffled key. Mutable fields and a no-arg constructor, so both
 * Java serialization and Kryo's FieldSerializer handle it.
 */
public final class SaltedWord implements Serializable {

    private static final long serialVersionUID = 1L;

    private String word;
    private int salt;

    public SaltedWord() {}

    public SaltedWord(String word, int salt) {
        this.word = word;
        this.salt = salt;
    }

    public String word() {
        return word;
    }

    public int salt() {
        return salt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SaltedWord that && salt == that.salt && Objects.equals(word, that.word);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(word) + salt;
    }

    @Override
    public String toString() {
        return word + "#" + salt;
    }
}
