package dev.fsbench.harness.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The engines the harness knows, by CLI name. */
public final class EngineDrivers {

    private static final Map<String, EngineDriver> DRIVERS = new LinkedHashMap<>();

    static {
        register(new BaselineEngineDriver());
        register(new FlinkEngineDriver());
        register(new SparkStructuredEngineDriver());
        register(new SparkDStreamEngineDriver());
        register(new KafkaStreamsEngineDriver());
        register(SparkStructuredEngineDriver.onSpark4());
    }

    private EngineDrivers() {}

    private static void register(EngineDriver driver) {
        DRIVERS.put(driver.name(), driver);
    }

    public static Set<String> names() {
        return DRIVERS.keySet();
    }

    public static EngineDriver byName(String name) {
        EngineDriver driver = DRIVERS.get(name);
        if (driver == null) {
            throw new IllegalArgumentException(
                    "unknown engine '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return driver;
    }

    public static List<EngineDriver> all() {
        return List.copyOf(DRIVERS.values());
    }
}
