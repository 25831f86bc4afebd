package dev.fsbench.harness.experiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads an experiment file strictly, like scenarios: an unknown key, a wrong type or an impossible value is an
 * {@link IllegalArgumentException} naming the file and the key (exit code 2 before anything starts). The values
 * are checked by {@link ExperimentCheck}.
 */
public final class ExperimentReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ExperimentReader() {}

    /** The experiment in {@code file}, with its --quick settings applied when {@code quick}. */
    public static Experiment read(Path file, boolean quick) {
        return ExperimentCheck.check(file, parse(file), quick);
    }

    static ExperimentFile parse(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("experiment " + file + " cannot be read (missing or not a file)");
        }
        try {
            ExperimentFile text = YAML.readValue(file.toFile(), ExperimentFile.class);
            if (text == null) {
                throw new IllegalArgumentException("experiment " + file + " is empty");
            }
            return text;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("experiment " + file + ": unknown key '" + e.getPropertyName() + "' at "
                    + path(e) + " (known keys there: " + known + ")");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                where += " at key '" + key(mapping.getPath()) + "'";
            }
            throw new IllegalArgumentException(
                    "experiment " + file + " is not valid" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("experiment " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** Where in the file the key was, e.g. "variants[1].knobs" or "the top level". */
    private static String path(UnrecognizedPropertyException e) {
        String key = key(e.getPath().subList(0, e.getPath().size() - 1));
        return key.isEmpty() ? "the top level" : key;
    }

    /** A path of keys and indexes as the file writes it, e.g. "rates[1]" or "variants[0].knobs". */
    private static String key(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < references.size(); i++) {
            var ref = references.get(i);
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return out.toString();
    }
}
