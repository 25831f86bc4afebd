package dev.fsbench.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.spark.deploy.history.HistoryServer;

/**
 * Spark's History Server, stopped by stdin EOF like every JVM the harness forks (HistoryServer's own main
 * never returns). Settings come as {@code -Dspark.history.*} system properties, which SparkConf reads.
 */
public final class HistoryServerMain {

    private HistoryServerMain() {}

    public static void main(String[] args) {
        Thread server = new Thread(() -> HistoryServer.main(new String[0]), "spark-history-server");
        server.setDaemon(true);
        server.start();
        try (InputStream in = System.in) {
            while (in.read() >= 0) {
                // nothing is ever written; wait for EOF
            }
        } catch (IOException ignored) {
            // the parent is gone: stop as on EOF
        }
        // HistoryServer's shutdown hook stops its web server.
        System.exit(0);
    }
}
