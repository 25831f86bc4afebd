package dev.fsbench.serialization.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fsbench.api.AtomicFiles;
import dev.fsbench.serialization.model.RecordKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Serialized bytes per (serializer, record): deterministic, so it is a table computed once instead of a JMH
 * metric, and the regression gate can compare it exactly. Usage (from a benchmarks jar):
 * {@code java -cp benchmarks.jar dev.fsbench.serialization.codec.SerializedSizes <out.json>}.
 */
public final class SerializedSizes {

    public record Entry(String serializer, String record, int serializedBytes) {}

    private SerializedSizes() {}

    public static List<Entry> measure(CodecCatalog catalog) throws Exception {
        List<Entry> entries = new ArrayList<>();
        for (String serializer : catalog.serializers()) {
            for (RecordKind kind : RecordKind.values()) {
                BoundCodec bound = catalog.create(serializer, kind);
                int length = bound.codec().serialize(bound.sample());
                entries.add(new Entry(serializer, kind.id(), length));
            }
        }
        entries.addAll(catalog.streamSizes());
        return entries;
    }

    public static void write(List<Entry> entries, Path output) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("sizes", entries);
        AtomicFiles.writeWith(
                output,
                temp -> new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValue(temp.toFile(), document));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SerializedSizes <output.json>");
            System.exit(2);
        }
        List<CodecCatalog> catalogs = ServiceLoader.load(CodecCatalog.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        if (catalogs.size() != 1) {
            throw new IllegalStateException("Expected exactly one CodecCatalog on the classpath, found " + catalogs);
        }
        List<Entry> entries = measure(catalogs.get(0));
        write(entries, Path.of(args[0]));
        entries.forEach(e -> System.out.printf("%-22s %-14s %5d B%n", e.serializer(), e.record(), e.serializedBytes()));
    }
}
