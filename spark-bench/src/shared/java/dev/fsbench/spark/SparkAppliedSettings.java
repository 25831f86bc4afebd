package dev.fsbench.spark;

import dev.fsbench.api.EngineVersionInfo;
import dev.fsbench.api.knobs.SparkSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkEnv;

/** The settings a running SparkContext really uses, read back from it rather than from the workload. */
final class SparkAppliedSettings {

    private static final String[] RECORDED_KEYS = {
        "spark.executor.memory",
        "spark.driver.memory",
        "spark.memory.offHeap.enabled",
        "spark.memory.offHeap.size",
        "spark.kryo.registrator",
        "spark.kryo.registrationRequired",
        "spark.kryo.classesToRegister",
        "spark.eventLog.dir",
        "spark.local.dir"
    };

    private SparkAppliedSettings() {}

    static Map<String, Object> of(SparkContext context, SparkKnobs knobs) {
        SparkConf conf = context.getConf();
        Map<String, Object> applied = new LinkedHashMap<>();
        applied.put("sparkVersion", context.version());
        applied.put("applicationId", context.applicationId());
        applied.put("master", context.master());
        applied.put("defaultParallelism", context.defaultParallelism());
        // The serializer instance Spark built, not the configured string.
        applied.put("serializer", SparkEnv.get().serializer().getClass().getName());
        for (String key : RECORDED_KEYS) {
            if (conf.contains(key)) {
                applied.put(key, conf.get(key));
            }
        }
        knobs.passThroughSparkConf().keySet().forEach(key -> applied.put(key, conf.get(key, null)));
        applied.put(
                SparkSettings.SKEW_MITIGATION.key(), knobs.salted() ? SparkSettings.SALT : SparkSettings.NO_MITIGATION);
        if (knobs.salted()) {
            applied.put(SparkSettings.SALT_BUCKETS.key(), knobs.saltBuckets());
        }
        return applied;
    }

    static Map<String, Object> readyInfo(SparkContext context) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("webUi", context.uiWebUrl().isDefined() ? context.uiWebUrl().get() : null);
        info.put("applicationId", context.applicationId());
        info.put("master", context.master());
        info.put(EngineVersionInfo.KEY, EngineVersionInfo.of("Spark", context.version()));
        info.put("eventLogDir", context.getConf().get("spark.eventLog.dir", null));
        return info;
    }
}
