package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCliHelpTest {

    @Test
    void everyCommandIsListedWithItsWholeOneLineSummary() {
        CommandLine cli = BenchCli.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("--help")).isZero();

        String help = out.toString();
        Map<String, CommandLine> commands = cli.getSubcommands();
        assertThat(commands).containsKeys("run", "suite", "microbench", "report", "compare", "generator-probe");
        for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
            CommandLine.Model.UsageMessageSpec usage =
                    command.getValue().getCommandSpec().usageMessage();
            String summary = usage.header().length > 0 ? usage.header()[0] : usage.description()[0];
            assertThat(summary).as(command.getKey()).endsWith(".");
            assertThat(help)
                    .as("the summary of '%s' on its line, not cut or wrapped", command.getKey())
                    .containsPattern(Pattern.compile(
                            "(?m)^ +" + Pattern.quote(command.getKey()) + " +" + Pattern.quote(summary) + "$"));
        }
    }
}
