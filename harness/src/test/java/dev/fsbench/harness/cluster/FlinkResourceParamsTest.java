package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FlinkResourceParamsTest {

    @Test
    void theLastTwoResultLinesAreTheJvmFlagsAndTheDynamicProperties() throws IOException {
        // as Flink 2.2's BashJavaUtils GET_TM_RESOURCE_PARAMS printed it for a 1g TaskManager (log lines between)
        String output = """
                INFO  some log line
                BASH_JAVA_UTILS_EXEC_RESULT:-Xmx161061270 -Xms161061270 -XX:MaxDirectMemorySize=201326592 -XX:MaxMetaspaceSize=268435456
                BASH_JAVA_UTILS_EXEC_RESULT:-D taskmanager.memory.network.min=67108864b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.off-heap.size=0b
                """;

        FlinkResourceParams params = FlinkResourceParams.parse(output);

        assertThat(params.jvmOptions())
                .containsExactly(
                        "-Xmx161061270",
                        "-Xms161061270",
                        "-XX:MaxDirectMemorySize=201326592",
                        "-XX:MaxMetaspaceSize=268435456");
        assertThat(params.dynamicProperties())
                .containsExactly(
                        "-D",
                        "taskmanager.memory.network.min=67108864b",
                        "-D",
                        "taskmanager.cpu.cores=1.0",
                        "-D",
                        "taskmanager.memory.task.off-heap.size=0b");
    }

    @Test
    void outputWithoutBothResultLinesIsAnErrorShowingIt() {
        assertThatThrownBy(() -> FlinkResourceParams.parse("Exception in thread main: bad config"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("printed 0 result line(s)")
                .hasMessageContaining("bad config");
    }
}
