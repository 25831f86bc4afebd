package dev.fsbench.harness.micro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MicrobenchCommandTest {

    @Test
    void anUnbuiltJarIsReportedWithTheBuildCommandBeforeAnythingRuns(@TempDir Path fakeHome) throws Exception {
        Files.createDirectories(fakeHome.resolve("bench-api"));
        Files.writeString(fakeHome.resolve("pom.xml"), "<project/>");
        String previous = System.getProperty("bench.home");
        System.setProperty("bench.home", fakeHome.toString());
        StringWriter err = new StringWriter();
        try {
            CommandLine cli = new CommandLine(new MicrobenchCommand());
            cli.setErr(new PrintWriter(err));
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                commandLine.getErr().println(e.getMessage());
                return 2;
            });

            int exit = cli.execute("--output", fakeHome.resolve("out").toString());

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString())
                    .contains("serialization-bench/target/benchmarks.jar")
                    .contains("mvn -q -pl serialization-bench package -DskipTests");
            assertThat(fakeHome.resolve("out")).doesNotExist();
        } finally {
            if (previous == null) {
                System.clearProperty("bench.home");
            } else {
                System.setProperty("bench.home", previous);
            }
        }
    }

    @Test
    void badOptionsAreRejectedByName() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new MicrobenchCommand());
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(e.getMessage());
            return 2;
        });

        assertThat(cli.execute("--output", "/tmp/x", "--jars", "storm")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown jar 'storm'");
        assertThat(cli.execute("--output", "/tmp/x", "--profile", "medium")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown profile 'medium'");
        assertThat(new CommandLine(new MicrobenchCommand())
                        .setErr(new PrintWriter(new StringWriter()))
                        .execute())
                .isEqualTo(2);
    }
}
