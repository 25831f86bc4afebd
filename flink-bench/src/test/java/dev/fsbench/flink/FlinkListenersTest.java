package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.junit.jupiter.api.Test;

/** The MiniCluster stays on loopback whatever the pass-through settings say, unless the user chose an address. */
class FlinkListenersTest {

    @Test
    void loopbackIsAppliedAfterThePassThroughSettings() {
        Configuration config = new Configuration();
        config.set(RestOptions.BIND_ADDRESS, "0.0.0.0");
        config.set(RestOptions.ADDRESS, "bench-host");
        config.set(TaskManagerOptions.BIND_HOST, "0.0.0.0");

        FlinkCluster.bindListeners(config, Optional.empty());

        assertThat(config.get(RestOptions.BIND_ADDRESS)).isEqualTo("127.0.0.1");
        assertThat(config.get(RestOptions.ADDRESS)).isEqualTo("127.0.0.1");
        assertThat(config.get(JobManagerOptions.BIND_HOST)).isEqualTo("127.0.0.1");
        assertThat(config.get(TaskManagerOptions.BIND_HOST)).isEqualTo("127.0.0.1");
        assertThat(config.get(TaskManagerOptions.HOST)).isEqualTo("127.0.0.1");
    }

    @Test
    void anExplicitBindAddressIsUsedAndTheUsersOwnSettingsStand() {
        Configuration config = new Configuration();
        config.set(RestOptions.ADDRESS, "bench-host");

        FlinkCluster.bindListeners(config, Optional.of("0.0.0.0"));

        assertThat(config.get(RestOptions.BIND_ADDRESS)).isEqualTo("0.0.0.0");
        assertThat(config.get(JobManagerOptions.BIND_HOST)).isEqualTo("0.0.0.0");
        assertThat(config.get(TaskManagerOptions.BIND_HOST)).isEqualTo("0.0.0.0");
        assertThat(config.get(RestOptions.ADDRESS)).isEqualTo("bench-host");
        assertThat(config.get(JobManagerOptions.ADDRESS)).isEqualTo("127.0.0.1");
    }
}
