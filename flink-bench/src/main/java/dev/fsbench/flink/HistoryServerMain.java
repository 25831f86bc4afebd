package dev.fsbench.flink;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.HistoryServerOptions;
import org.apache.flink.runtime.webmonitor.history.HistoryServer;

/**
 * Flink's HistoryServer over the runs' job archives, bound to 127.0.0.1, stopping when its stdin closes (the
 * harness's stop request, as for engines: Flink's own main would wait for SIGTERM).
 *
 * <p>Arguments: {@code <port> <web work dir> <archive dir>...}.
 */
public final class HistoryServerMain {

    /** New archives (a run finishing while the server is up) show within this delay. */
    static final Duration ARCHIVE_REFRESH = Duration.ofSeconds(5);

    private HistoryServerMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: HistoryServerMain <port> <web work dir> <archive dir>...");
            System.exit(2);
        }
        Configuration config = configuration(
                Integer.parseInt(args[0]),
                Path.of(args[1]),
                Arrays.stream(args, 2, args.length).map(Path::of).toArray(Path[]::new));
        exitOnStdinEof();
        new HistoryServer(config).run();
    }

    static Configuration configuration(int port, Path webDir, Path... archiveDirs) {
        Configuration config = new Configuration();
        config.set(HistoryServerOptions.HISTORY_SERVER_WEB_ADDRESS, FlinkCluster.LOOPBACK);
        config.set(HistoryServerOptions.HISTORY_SERVER_WEB_PORT, port);
        config.set(
                HistoryServerOptions.HISTORY_SERVER_WEB_DIR,
                webDir.toAbsolutePath().toString());
        config.set(
                HistoryServerOptions.HISTORY_SERVER_ARCHIVE_DIRS,
                Arrays.stream(archiveDirs)
                        .map(dir -> dir.toAbsolutePath().toUri().toString())
                        .collect(Collectors.joining(",")));
        config.set(HistoryServerOptions.HISTORY_SERVER_ARCHIVE_REFRESH_INTERVAL, ARCHIVE_REFRESH);
        return config;
    }

    private static void exitOnStdinEof() {
        Thread watcher = new Thread(
                () -> {
                    try (InputStream in = System.in) {
                        while (in.read() >= 0) {
                            // nothing is ever written; wait for EOF
                        }
                    } catch (IOException ignored) {
                        // a broken pipe means the harness is gone: stop as for EOF
                    }
                    System.exit(0);
                },
                "history-server-stop-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
