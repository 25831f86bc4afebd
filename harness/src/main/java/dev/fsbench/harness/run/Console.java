package dev.fsbench.harness.run;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What the person watching a run reads: the steps and outcome of the run ({@link #info}), per-second progress
 * ({@link #progress}, left out with {@code --quiet}), and warnings, framed so they cannot be missed.
 */
public final class Console {

    private final PrintStream out;
    private final boolean quiet;

    public Console(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /** A step or an outcome of the run: always shown. */
    public void info(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }

    /** A progress line (per second, or while waiting): not shown with {@code --quiet}. */
    public void progress(String format, Object... args) {
        if (!quiet) {
            info(format, args);
        }
    }

    public void warn(String message) {
        out.println("!!!!! WARNING: " + message);
    }
}
