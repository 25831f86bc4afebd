package dev.fsbench.harness.cli;

import dev.fsbench.harness.micro.MicrobenchCommand;
import dev.fsbench.reports.cli.CompareCommand;
import dev.fsbench.reports.cli.ReportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of bin/bench. Exit codes: 0 ok, 1 a run failed or regressed, 2 bad input, 130 interrupted. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = BenchCli.Version.class,
        description = "Measures Flink and Spark streaming against each other on one verified windowed word count.",
        subcommands = {
            RunCommand.class,
            CapacityCommand.class,
            SuiteCommand.class,
            ExperimentCommand.class,
            KnobsCommand.class,
            MicrobenchCommand.class,
            ReportCommand.class,
            GeneratorProbeCommand.class,
            HistoryServerCommand.class,
            CompareCommand.class,
            CommandLine.HelpCommand.class
        })
public final class BenchCli implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERRUPTED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BenchCli());
        cli.setExitCodeExceptionMapper(
                error -> error instanceof IllegalArgumentException || error instanceof CommandLine.ParameterException
                        ? EXIT_USAGE
                        : EXIT_FAILED);
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            if (error instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + error.getMessage());
                commandLine
                        .getErr()
                        .println("(see '" + commandLine.getCommandSpec().qualifiedName() + " --help')");
                return EXIT_USAGE;
            }
            // an I/O error (a full disk, a file that cannot be written) says which file in its message
            commandLine
                    .getErr()
                    .println("error: "
                            + (error instanceof java.io.IOException && error.getMessage() != null
                                    ? error.getMessage()
                                    : error));
            return EXIT_FAILED;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = BenchCli.class.getPackage().getImplementationVersion();
            return new String[] {"flink-spark-bench " + (version == null ? "(development build)" : version)};
        }
    }
}
