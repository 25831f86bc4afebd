package dev.fsbench.harness.process;

/** A child process's exit code in words: a JVM ended by a signal exits with 128 + the signal's number. */
public final class ExitCodes {

    private ExitCodes() {}

    /** E.g. "exit code 137 (killed by SIGKILL)", "exit code 1". */
    public static String describe(int code) {
        String signal = switch (code - 128) {
            case 9 -> "SIGKILL";
            case 15 -> "SIGTERM";
            case 2 -> "SIGINT";
            case 6 -> "SIGABRT";
            case 11 -> "SIGSEGV";
            default -> code > 128 && code < 160 ? "signal " + (code - 128) : null;
        };
        return "exit code " + code + (signal == null ? "" : " (killed by " + signal + ")");
    }
}
