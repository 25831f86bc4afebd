package dev.fsbench.harness.run;

import java.io.PrintStream;
import java.util.Locale;

/** Progress and warnings for the person watching a run. Warnings are framed so they cannot be missed. */
public final class Console {

    private final PrintStream out;
    private final boolean quiet;

    public Console(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    public void info(String format, Object... args) {
        if (!quiet) {
            out.println(String.format(Locale.ROOT, format, args));
        }
    }

    public void warn(String message) {
        out.println("!!!!! WARNING: " + message);
    }
}
