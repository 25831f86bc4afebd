package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkExecutorsTest {

    /**
     * The arguments of an executor a worker launched in SparkKillWorkerIT (from its "Spark Executor Command" line;
     * the jars and --add-opens shortened), with the harness's telemetry options filled in by the worker.
     */
    private static final String[] EXECUTOR = {
        "-cp",
        "/run/cluster/spark-home/conf:/run/cluster/spark-home/jars/*",
        "-Xmx1024M",
        "-Dspark.driver.port=45883",
        "-Dspark.ui.port=0",
        "-XX:+UseG1GC",
        "-XX:StartFlightRecording=name=fsbench,settings=/run/cluster/fsbench-telemetry.jfc,"
                + "filename=/run/cluster/executor-1.jfr,dumponexit=true",
        "-Djava.io.tmpdir=/run/cluster/executor-tmp",
        "org.apache.spark.executor.CoarseGrainedExecutorBackend",
        "--driver-url",
        "spark://CoarseGrainedScheduler@127.0.0.1:45883",
        "--executor-id",
        "1",
        "--hostname",
        "127.0.0.1",
        "--cores",
        "1",
        "--app-id",
        "app-20261201103258-0000",
        "--worker-url",
        "spark://Worker@127.0.0.1:45661",
        "--resourceProfileId",
        "0"
    };

    @Test
    void anExecutorIsKnownByItsMainClassAndNamedAfterItsId() {
        assertThat(SparkExecutors.parse(EXECUTOR))
                .contains(new SparkExecutors.Executor("1", "app-20261201103258-0000"))
                .map(SparkExecutors.Executor::label)
                .contains("executor-1");
    }

    @Test
    void anotherChildOfTheWorkerIsNoExecutor() {
        assertThat(SparkExecutors.parse(new String[] {"-cp", "x", "org.apache.spark.deploy.worker.DriverWrapper"}))
                .isEmpty();
        assertThat(SparkExecutors.parse(new String[0])).isEmpty();
    }
}
