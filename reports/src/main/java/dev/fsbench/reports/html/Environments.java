package dev.fsbench.reports.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short, file-name-safe key per environment fingerprint (the fingerprint itself is arbitrary text). */
public final class Environments {
    private Environments() {}

    public static String key(String fingerprint) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(fingerprint.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a reader sees: the fingerprint itself (usually a hash), cut to 16 characters. */
    public static String label(String fingerprint) {
        return fingerprint.length() <= 16 ? fingerprint : fingerprint.substring(0, 16) + "…";
    }

    public static String trendsFile(String fingerprint) {
        return "trends-" + key(fingerprint) + ".html";
    }
}
