package dev.fsbench.spark;

import dev.fsbench.api.JobSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SparkConf both Spark engines share: master, loopback-only networking, the UI on a free port, event logs
 * and scratch space inside the run directory, serializer, and the workload's pass-through Spark settings.
 */
public final class SparkConfFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SparkConfFactory.class);
    private static final String LOOPBACK = "127.0.0.1";

    private SparkConfFactory() {}

    public static SparkConf create(JobSpec job, SparkKnobs knobs) throws IOException {
        Path workDir = Path.of(job.workDir()).toAbsolutePath();
        Path eventLogDir = Files.createDirectories(workDir.resolve(SparkRunFiles.EVENT_LOG_DIR));
        SparkConf conf = new SparkConf()
                .setMaster(knobs.master())
                .setAppName("fsbench " + job.engine() + " " + job.runId())
                .set("spark.driver.host", LOOPBACK)
                .set("spark.driver.bindAddress", LOOPBACK)
                // 0 lets Jetty pick a free port atomically; the chosen address is read back from the context.
                .set("spark.ui.port", "0")
                .set("spark.ui.enabled", Boolean.toString(uiBindsToLoopback()))
                .set("spark.eventLog.enabled", "true")
                .set("spark.eventLog.dir", eventLogDir.toUri().toString())
                .set(
                        "spark.local.dir",
                        Files.createDirectories(workDir.resolve("spark-local")).toString())
                .set(SparkKnobs.SHUFFLE_PARTITIONS, Integer.toString(knobs.shufflePartitions()))
                .set(SparkKnobs.SERIALIZER, knobs.serializerClass());
        if (knobs.usesKryo()) {
            // Registration required: an unregistered class fails the job instead of Kryo writing its full name
            // with every record. The jobs ship only Tuple2, String and Long, which Spark's KryoSerializer
            // registers itself (the DStream test runs with this setting), so no registrator is needed.
            conf.set("spark.kryo.registrationRequired", "true");
        }
        if (knobs.isStandaloneCluster()) {
            conf.set("spark.jars", String.join(",", SparkClusterJars.forExecutors(workDir)));
        }
        knobs.passThroughSparkConf().forEach(conf::set);
        return conf;
    }

    /**
     * Spark's web UI binds to SPARK_LOCAL_IP, or to every interface when it is unset (spark.driver.bindAddress
     * does not cover it). Without a loopback SPARK_LOCAL_IP the UI stays off rather than open to the network.
     */
    static boolean uiBindsToLoopback() {
        String localIp = System.getenv("SPARK_LOCAL_IP");
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
