package dev.fsbench.harness.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One `bench` command line run in this JVM, as a user would type it: its exit code and what it printed. */
public record CliOutcome(int exitCode, String err, String out) {

    public static CliOutcome run(String... args) {
        CommandLine cli = BenchCli.commandLine();
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(out));
        int code = cli.execute(args);
        return new CliOutcome(code, err.toString(), out.toString());
    }
}
