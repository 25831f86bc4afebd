package dev.fsbench.harness.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads scenario YAML strictly: an unknown key, a wrong type or a name outside {@link ScenarioName}'s character
 * set is an error naming the key (or name) and the file.
 */
public final class ScenarioReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ScenarioReader() {}

    public static Scenario read(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("scenario " + file + " cannot be read (missing or not readable)");
        }
        try {
            Scenario scenario = YAML.readValue(file.toFile(), Scenario.class);
            if (scenario == null) {
                throw new IllegalArgumentException("scenario " + file + " is empty");
            }
            if (scenario.name() != null) {
                ScenarioName.check(scenario.name(), "scenario " + file);
            }
            return scenario;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException(
                    "scenario " + file + ": unknown key '" + e.getPropertyName() + "' (known keys: " + known + ")");
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("scenario " + file + " does not exist");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new IllegalArgumentException(
                    "scenario " + file + " is not valid" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("scenario " + file + " cannot be read: " + e.getMessage());
        }
    }
}
