package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    @Test
    void quietLeavesOutProgressButKeepsStepsOutcomesAndWarnings() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), true);

        console.progress("[w] measure %ds", 3);
        console.info("result: %s (%s)", "/r/result.json", "OK");
        console.warn("the generator did NOT keep the requested rate");

        assertThat(out.toString(StandardCharsets.UTF_8))
                .doesNotContain("measure 3s")
                .contains("result: /r/result.json (OK)")
                .contains("WARNING: the generator did NOT keep the requested rate");
    }

    @Test
    void withoutQuietProgressIsShown() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Console(new PrintStream(out, true, StandardCharsets.UTF_8), false).progress("[w] measure %ds", 3);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[w] measure 3s");
    }
}
