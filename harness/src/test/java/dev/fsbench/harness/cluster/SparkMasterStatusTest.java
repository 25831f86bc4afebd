package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SparkMasterStatusTest {

    /** A real master's /json/ page (Spark 3.5.3, started as the harness starts it, one worker registered). */
    @Test
    void readsTheWorkersOfARealMastersStatusPage() throws Exception {
        SparkMasterStatus status = SparkMasterStatus.parse(resource("spark-master-status-one-worker.json"));

        assertThat(status.url()).isEqualTo("spark://127.0.0.1:17077");
        assertThat(status.status()).isEqualTo("ALIVE");
        assertThat(status.aliveWorkers()).isEqualTo(1);
        assertThat(status.workers()).singleElement().satisfies(worker -> {
            assertThat(worker.alive()).isTrue();
            assertThat(worker.cores()).isEqualTo(1);
            assertThat(worker.coresUsed()).isZero();
            assertThat(worker.port()).isEqualTo(46513);
        });
        assertThat(status.activeApps()).isEmpty();
    }

    @Test
    void deadWorkersAreNotCountedAsAlive() throws Exception {
        // what the master shows once a worker's connection dropped (a SIGKILLed worker)
        String oneDead = resource("spark-master-status-one-worker.json")
                .replace("\"state\" : \"ALIVE\"", "\"state\" : \"DEAD\"");
        assertThat(oneDead).contains("\"DEAD\"");

        assertThat(SparkMasterStatus.parse(oneDead).aliveWorkers()).isZero();
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = SparkMasterStatusTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
