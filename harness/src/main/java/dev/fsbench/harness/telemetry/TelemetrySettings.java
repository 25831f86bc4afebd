package dev.fsbench.harness.telemetry;

import dev.fsbench.api.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;

/** The low-overhead JFR settings (fsbench-telemetry.jfc), for forked JVMs (as a file) and in-process recordings. */
final class TelemetrySettings {

    static final String FILE_NAME = "fsbench-telemetry.jfc";

    private TelemetrySettings() {}

    static String text() {
        try (InputStream in = TelemetrySettings.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException(
                        "JFR settings resource " + FILE_NAME + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JFR settings resource " + FILE_NAME, e);
        }
    }

    static Configuration configuration() {
        try {
            return Configuration.create(new StringReader(text()));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("JFR settings resource " + FILE_NAME + " is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the settings next to the recordings: a forked JVM needs a file (the resource may sit in a jar), and a
     * reader of the run directory sees exactly what was recorded. Atomic, since several JVMs may share a directory.
     */
    static Path writeTo(Path dir) {
        Path target = dir.resolve(FILE_NAME);
        try {
            AtomicFiles.write(target, text());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JFR settings to " + target, e);
        }
        return target;
    }
}
