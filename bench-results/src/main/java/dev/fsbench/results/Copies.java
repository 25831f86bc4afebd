package dev.fsbench.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies for record constructors: an absent section of an older result reads as empty. */
final class Copies {
    private Copies() {}

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Keeps the writer's key order (and tolerates JSON nulls as values, which {@link Map#copyOf} would not). */
    static <V> Map<String, V> orderedMap(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
