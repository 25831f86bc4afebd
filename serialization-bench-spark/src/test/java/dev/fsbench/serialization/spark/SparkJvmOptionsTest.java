package dev.fsbench.serialization.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;

/** The JMH forks (annotation) and the harness's size-table JVM (filtered resource) must start Spark alike. */
class SparkJvmOptionsTest {

    @Test
    void forkAnnotationRepeatsThePomList() throws Exception {
        String resource;
        try (InputStream in = SparkJvmOptionsTest.class.getResourceAsStream("/META-INF/fsbench/jvm-options.txt")) {
            assertThat(in).as("filtered jvm-options.txt on the classpath").isNotNull();
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        List<String> fromPom = Arrays.asList(resource.split("\\s+"));

        assertThat(resource).doesNotContain("${");
        assertThat(fromPom).contains("--add-opens=java.base/java.nio=ALL-UNNAMED");
        assertThat(SparkSerialization.class.getAnnotation(Fork.class).jvmArgsAppend())
                .containsExactlyElementsOf(fromPom);
    }
}
