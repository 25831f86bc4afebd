package dev.fsbench.harness.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A scenario file as written (scenarios/*.yaml). Every field is optional: absent fields take the CLI's
 * value or the default. Durations are text ("30s"). Unknown keys are rejected when the file is read.
 */
public record Scenario(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("engines") List<String> engines,
        @JsonProperty("rate") Long rate,
        @JsonProperty("duration") String duration,
        @JsonProperty("warmup") String warmup,
        @JsonProperty("window") WindowText window,
        @JsonProperty("vocabulary") Integer vocabulary,
        @JsonProperty("distribution") String distribution,
        @JsonProperty("zipfExponent") Double zipfExponent,
        @JsonProperty("outOfOrderness") String outOfOrderness,
        @JsonProperty("partitions") Integer partitions,
        @JsonProperty("parallelism") Integer parallelism,
        @JsonProperty("seed") Long seed,
        @JsonProperty("payloadBytes") Integer payloadBytes,
        @JsonProperty("repeat") Integer repeat,
        @JsonProperty("engineProperties") Map<String, String> engineProperties,
        @JsonProperty("capacity") CapacityText capacity,
        @JsonProperty("faults") List<FaultText> faults,
        @JsonProperty("rateProfile") List<String> rateProfile) {

    /** A scenario without payloadBytes and without a capacity block (what the CLI's flags make). */
    public Scenario(
            String name,
            String description,
            List<String> engines,
            Long rate,
            String duration,
            String warmup,
            WindowText window,
            Integer vocabulary,
            String distribution,
            Double zipfExponent,
            String outOfOrderness,
            Integer partitions,
            Integer parallelism,
            Long seed,
            Integer repeat,
            Map<String, String> engineProperties) {
        this(
                name,
                description,
                engines,
                rate,
                duration,
                warmup,
                window,
                vocabulary,
                distribution,
                zipfExponent,
                outOfOrderness,
                partitions,
                parallelism,
                seed,
                null,
                repeat,
                engineProperties,
                null,
                null,
                null);
    }

    /**
     * capacity: {engines: [baseline, flink], startRate: 10000, maxRate: 400000, step: 10s, precision: 10%}:
     * which engines the suite searches the capacity of on this scenario, and how (docs/capacity.md); every key
     * is optional.
     */
    public record CapacityText(
            @JsonProperty("engines") List<String> engines,
            @JsonProperty("startRate") Long startRate,
            @JsonProperty("maxRate") Long maxRate,
            @JsonProperty("step") String step,
            @JsonProperty("precision") String precision) {}

    /** This scenario with {@code newPayloadBytes} (null: unset). */
    public Scenario withPayloadBytes(Integer newPayloadBytes) {
        return new Scenario(
                name,
                description,
                engines,
                rate,
                duration,
                warmup,
                window,
                vocabulary,
                distribution,
                zipfExponent,
                outOfOrderness,
                partitions,
                parallelism,
                seed,
                newPayloadBytes,
                repeat,
                engineProperties,
                capacity,
                faults,
                rateProfile);
    }

    /**
     * One entry of {@code faults:}, written either as text ({@code "kill-engine@20s"}) or as {@code {kind:
     * kill-engine, at: 20s}} (docs/failures.md); checked when the run is planned.
     */
    public record FaultText(
            @JsonProperty("kind") String kind,
            @JsonProperty("at") String at) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public FaultText {}

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static FaultText of(String text) {
            int sign = text.indexOf('@');
            return sign < 0
                    ? new FaultText(text, null)
                    : new FaultText(text.substring(0, sign), text.substring(sign + 1));
        }

        /** As on the CLI: KIND@TIME. */
        public String text() {
            return at == null ? String.valueOf(kind) : kind + "@" + at;
        }
    }

    /**
     * rateProfile: ["20k for 20s", "3x for 10s", "20k for 20s"]: the measured phase as rate steps
     * ({@link RateStepText}); the warm-up runs at {@code rate}. Null: one rate throughout.
     */
    public List<String> rateProfileOrNull() {
        return rateProfile == null || rateProfile.isEmpty() ? null : rateProfile;
    }

    /** window: {size: 1s, slide: 500ms}; slide defaults to size (tumbling). */
    public record WindowText(
            @JsonProperty("size") String size,
            @JsonProperty("slide") String slide) {}

    public static Scenario empty() {
        return new Scenario(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
