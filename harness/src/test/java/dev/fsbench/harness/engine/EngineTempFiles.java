package dev.fsbench.harness.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What engines and the libraries they load leave in the machine's temp directory when their java.io.tmpdir is not
 * redirected (Flink's io/web/blob/RocksDB dirs, Spark's block managers, unpacked native libraries): tests list
 * these before and after a run and expect nothing new.
 */
public final class EngineTempFiles {

    private static final Pattern ENGINE_TEMP_NAME = Pattern.compile(
            "(?i).*(flink|blobStore|minicluster|rocksdb|spark|blockmgr|snappy|zstd|lz4|jetty|jobgraph|engine).*");

    private EngineTempFiles() {}

    /** The machine's temp directory: the harness JVM's java.io.tmpdir, which engines would default to. */
    public static Path systemTemp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Names in {@link #systemTemp()} that look like an engine's. */
    public static Set<String> inSystemTemp() {
        try (Stream<Path> entries = Files.list(systemTemp())) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> ENGINE_TEMP_NAME.matcher(name).matches())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Engine temp dirs ({@code engine/tmp}) anywhere under {@code runDir}: none once a run has ended. */
    public static Set<Path> leftUnder(Path runDir) {
        try (Stream<Path> files = Files.walk(runDir)) {
            return files.filter(f -> f.endsWith(Path.of("engine", dev.fsbench.api.EngineSession.TEMP_DIR)))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
