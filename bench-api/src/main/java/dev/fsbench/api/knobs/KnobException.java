package dev.fsbench.api.knobs;

/** A setting that cannot be used as given; the message names the key and what would be accepted. */
public final class KnobException extends IllegalArgumentException {

    public KnobException(String message) {
        super(message);
    }
}
