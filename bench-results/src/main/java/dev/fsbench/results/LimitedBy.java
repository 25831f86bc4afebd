package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What bounded a capacity search (docs/capacity.md states the rule). Only ENGINE makes the maximum found the
 * engine's own; the others make it a lower bound ("at least N").
 */
public enum LimitedBy {
    /** The engine fell behind while the ruler kept its schedule with CPU to spare. */
    @JsonProperty("engine")
    ENGINE,
    /** The generator could not keep the schedule (it is the ruler's limit, not the engine's). */
    @JsonProperty("generator")
    GENERATOR,
    /** The collector could not read the output as fast as it was appended. */
    @JsonProperty("collector")
    COLLECTOR,
    /** The machine's CPU was saturated: engine and ruler compete for the same cores. */
    @JsonProperty("machine")
    MACHINE;

    /** Whether the maximum found is only a lower bound of the engine's capacity. */
    public boolean lowerBoundOnly() {
        return this != ENGINE;
    }
}
