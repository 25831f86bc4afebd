package dev.fsbench.api.knobs;

import dev.fsbench.api.WorkloadSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the engines listen. By default every listener an engine opens (Spark's driver and UI, Flink's REST
 * endpoint, JobManager and TaskManager) is on loopback: an engine's web UI and RPC ports are not for the
 * network. The engines apply their loopback settings after every pass-through setting, and a pass-through
 * setting that would change them is refused before anything starts, unless the user asked for another address
 * with {@link #BIND_ADDRESS} (CLI: {@code --bind-address}); then the engines bind there and the pass-through
 * settings apply as given.
 */
public final class BindSettings {

    public static final String LOOPBACK = "127.0.0.1";

    public static final Knob<String> BIND_ADDRESS = Knob.of(
                    "harness.bindAddress",
                    KnobType.pattern("address", "an IP address or host name", "[A-Za-z0-9:][A-Za-z0-9._:-]*"),
                    "Where the engines' listeners bind (Spark's driver and UI, Flink's REST, JobManager and"
                            + " TaskManager). Unset, they stay on " + LOOPBACK + " and a pass-through setting that"
                            + " would move them (e.g. spark.driver.bindAddress) is refused; set, the engines bind"
                            + " there and such settings apply as given (CLI: --bind-address).")
            .withDerivedDefault(LOOPBACK)
            .readBy(Engines.FLINK, Engines.SPARK_STRUCTURED, Engines.SPARK_DSTREAM, Engines.SPARK4_STRUCTURED);

    public static final Knob<String> ADVERTISED_HOST = Knob.of(
                    "harness.advertisedHost",
                    KnobType.pattern("host", "an IP address or host name", "[A-Za-z0-9:][A-Za-z0-9._:-]*"),
                    "The address other hosts reach this machine's listeners at: the Spark driver's"
                            + " spark.driver.host (executors on other hosts connect back to it) and the embedded"
                            + " broker's advertised listener. Unset: the bind address, or " + LOOPBACK + " when"
                            + " that is a wildcard such as 0.0.0.0 (CLI: --advertised-host).")
            .withDerivedDefault(LOOPBACK)
            .readBy(Engines.SPARK_STRUCTURED, Engines.SPARK_DSTREAM, Engines.SPARK4_STRUCTURED);

    public static final List<Knob<?>> KNOBS = List.of(BIND_ADDRESS, ADVERTISED_HOST);

    /** Spark settings that decide where the driver and its UI listen (the UI binds to SPARK_LOCAL_IP). */
    public static final Set<String> SPARK_LOOPBACK_KEYS =
            Set.of("spark.driver.bindAddress", "spark.driver.host", "spark.ui.enabled");

    /** Flink settings that decide where a local MiniCluster listens. */
    public static final Set<String> FLINK_LOOPBACK_KEYS = Set.of(
            "rest.address",
            "rest.bind-address",
            "jobmanager.rpc.address",
            "jobmanager.bind-host",
            "taskmanager.host",
            "taskmanager.bind-host");

    private BindSettings() {}

    /** Whether the user asked for an address of their own, which lifts the loopback rule. */
    public static boolean explicit(WorkloadSpec workload) {
        return BIND_ADDRESS.isSet(workload);
    }

    /**
     * The host others reach this machine at: the explicit advertised host, else the bind address unless it is a
     * wildcard (which no other host can connect to), else loopback.
     */
    public static String advertisedHost(Optional<String> advertised, Optional<String> bindAddress) {
        return advertised.orElseGet(
                () -> bindAddress.filter(address -> !isWildcard(address)).orElse(LOOPBACK));
    }

    /** 0.0.0.0 or ::, "every interface": a place to bind, never an address to connect to. */
    public static boolean isWildcard(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]");
    }

    /** The address the engines bind their listeners to. */
    public static String bindAddress(WorkloadSpec workload) {
        return BIND_ADDRESS.getOr(workload, LOOPBACK);
    }
}
