package dev.fsbench.spark;

import dev.fsbench.api.EngineSession;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.knobs.BindSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SparkConf the Spark engines share: master, loopback-only networking, the UI on a free port, event logs
 * inside the run directory, scratch space in the engine's temp dir, serializer, and the workload's pass-through Spark settings.
 */
public final class SparkConfFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SparkConfFactory.class);
    private static final String LOOPBACK = BindSettings.LOOPBACK;
    static final String DRIVER_HOST = "spark.driver.host";
    static final String DRIVER_BIND_ADDRESS = "spark.driver.bindAddress";
    static final String UI_ENABLED = "spark.ui.enabled";

    /** The job's own classes that Kryo may serialize (shuffled keys of the salted DStream job). */
    static final List<String> KRYO_CLASSES = List.of(SaltedWord.class.getName());

    private SparkConfFactory() {}

    public static SparkConf create(JobSpec job, SparkKnobs knobs) throws IOException {
        Path workDir = Path.of(job.workDir()).toAbsolutePath();
        Path eventLogDir = Files.createDirectories(workDir.resolve(SparkRunFiles.EVENT_LOG_DIR));
        SparkConf conf = new SparkConf()
                .setMaster(knobs.master())
                .setAppName("fsbench " + job.engine() + " " + job.runId())
                // 0 lets Jetty pick a free port atomically; the chosen address is read back from the context.
                .set("spark.ui.port", "0")
                .set("spark.eventLog.enabled", "true")
                .set("spark.eventLog.dir", eventLogDir.toUri().toString())
                // shuffle and block-manager scratch: in the engine's temp dir, which the harness deletes once the
                // JVM has exited (Spark removes it on a clean stop only)
                .set(
                        "spark.local.dir",
                        Files.createDirectories(
                                        workDir.resolve(EngineSession.TEMP_DIR).resolve("spark-local"))
                                .toString())
                .set(SparkKnobs.SHUFFLE_PARTITIONS, Integer.toString(knobs.shufflePartitions()))
                .set(SparkKnobs.SERIALIZER, knobs.serializerClass());
        if (knobs.usesKryo() && knobs.kryoRegistration()) {
            // Registered, and registration required: an unregistered class fails the job instead of Kryo writing
            // its full name with every record. Spark's KryoSerializer registers Tuple2, String and Long itself;
            // the job's own classes are listed here. Unregistered (the default) Kryo accepts any class by name.
            conf.set("spark.kryo.classesToRegister", String.join(",", KRYO_CLASSES));
            conf.set("spark.kryo.registrationRequired", "true");
        }
        if (knobs.isStandaloneCluster()) {
            conf.set("spark.jars", String.join(",", SparkClusterJars.forExecutors(workDir)));
        }
        knobs.flowControlSparkConf().forEach(conf::set);
        knobs.passThroughSparkConf().forEach(conf::set);
        bindListeners(
                conf,
                BindSettings.BIND_ADDRESS.find(job.workload()),
                BindSettings.ADVERTISED_HOST.find(job.workload()),
                System.getenv("SPARK_LOCAL_IP"));
        return conf;
    }

    /**
     * Where the driver and its UI listen, set after the pass-through settings so none of them moves a listener
     * off loopback. With an explicit {@code bindAddress} (harness.bindAddress) the driver binds there, the UI
     * follows SPARK_LOCAL_IP (which the harness sets to it), and the user's own settings of these keys stand. The
     * driver's host, which executors on other hosts connect back to, is the advertised host (harness.advertisedHost),
     * else the bind address unless it is a wildcard.
     */
    static void bindListeners(
            SparkConf conf, Optional<String> bindAddress, Optional<String> advertisedHost, String localIp) {
        if (bindAddress.isPresent() || advertisedHost.isPresent()) {
            conf.setIfMissing(DRIVER_HOST, BindSettings.advertisedHost(advertisedHost, bindAddress));
            conf.setIfMissing(DRIVER_BIND_ADDRESS, bindAddress.orElse(LOOPBACK));
            conf.setIfMissing(UI_ENABLED, Boolean.toString(localIp != null));
        } else {
            conf.set(DRIVER_HOST, LOOPBACK);
            conf.set(DRIVER_BIND_ADDRESS, LOOPBACK);
            conf.set(UI_ENABLED, Boolean.toString(uiBindsToLoopback(localIp)));
        }
    }

    /**
     * Spark's web UI binds to SPARK_LOCAL_IP, or to every interface when it is unset (spark.driver.bindAddress
     * does not cover it). Without a loopback SPARK_LOCAL_IP the UI stays off rather than open to the network.
     */
    static boolean uiBindsToLoopback(String localIp) {
        try {
            if (localIp != null && InetAddress.getByName(localIp).isLoopbackAddress()) {
                return true;
            }
        } catch (IOException e) {
            // an unresolvable address is treated like a non-loopback one
        }
        LOG.warn(
                "SPARK_LOCAL_IP is '{}', not a loopback address: the Spark UI is disabled so it does not listen "
                        + "on every interface (the harness sets SPARK_LOCAL_IP=127.0.0.1)",
                localIp);
        return false;
    }
}
