package dev.fsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The driver and UI stay on loopback whatever the pass-through settings say, unless the user chose an address. */
class SparkListenersTest {

    @Test
    void loopbackIsAppliedAfterThePassThroughSettings() {
        SparkConf conf = new SparkConf(false)
                .set(SparkConfFactory.DRIVER_BIND_ADDRESS, "0.0.0.0")
                .set(SparkConfFactory.DRIVER_HOST, "bench-host")
                .set(SparkConfFactory.UI_ENABLED, "true");

        SparkConfFactory.bindListeners(conf, Optional.empty(), Optional.empty(), "127.0.0.1");

        assertThat(conf.get(SparkConfFactory.DRIVER_BIND_ADDRESS)).isEqualTo("127.0.0.1");
        assertThat(conf.get(SparkConfFactory.DRIVER_HOST)).isEqualTo("127.0.0.1");
        assertThat(conf.get(SparkConfFactory.UI_ENABLED)).isEqualTo("true");
    }

    @Test
    void aUiThatWouldListenOffLoopbackIsSwitchedOffEvenIfAsked() {
        SparkConf conf = new SparkConf(false).set(SparkConfFactory.UI_ENABLED, "true");

        SparkConfFactory.bindListeners(conf, Optional.empty(), Optional.empty(), null);

        assertThat(conf.get(SparkConfFactory.UI_ENABLED)).isEqualTo("false");
    }

    @Test
    void anExplicitBindAddressIsUsedAndTheUsersOwnSettingsStand() {
        SparkConf defaults = new SparkConf(false);
        SparkConfFactory.bindListeners(defaults, Optional.of("0.0.0.0"), Optional.empty(), "0.0.0.0");
        assertThat(defaults.get(SparkConfFactory.DRIVER_BIND_ADDRESS)).isEqualTo("0.0.0.0");
        assertThat(defaults.get(SparkConfFactory.DRIVER_HOST)).isEqualTo("127.0.0.1");
        assertThat(defaults.get(SparkConfFactory.UI_ENABLED)).isEqualTo("true");

        SparkConf chosen = new SparkConf(false).set(SparkConfFactory.DRIVER_HOST, "bench-host");
        SparkConfFactory.bindListeners(chosen, Optional.of("0.0.0.0"), Optional.empty(), "0.0.0.0");
        assertThat(chosen.get(SparkConfFactory.DRIVER_HOST)).isEqualTo("bench-host");
    }

    @Test
    void executorsOnOtherHostsConnectBackToTheAdvertisedHostOrTheBindAddress() {
        SparkConf advertised = new SparkConf(false);
        SparkConfFactory.bindListeners(advertised, Optional.of("0.0.0.0"), Optional.of("bench-1.example"), "0.0.0.0");
        assertThat(advertised.get(SparkConfFactory.DRIVER_HOST)).isEqualTo("bench-1.example");
        assertThat(advertised.get(SparkConfFactory.DRIVER_BIND_ADDRESS)).isEqualTo("0.0.0.0");

        SparkConf bound = new SparkConf(false);
        SparkConfFactory.bindListeners(bound, Optional.of("10.0.0.5"), Optional.empty(), "10.0.0.5");
        assertThat(bound.get(SparkConfFactory.DRIVER_HOST)).isEqualTo("10.0.0.5");
    }
}
