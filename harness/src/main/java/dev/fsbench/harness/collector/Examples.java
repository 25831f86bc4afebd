package dev.fsbench.harness.collector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A few concrete examples per kind of mismatch, so that one kind occurring thousands of times cannot crowd out
 * the only example of another: every violated rule is shown.
 */
final class Examples {

    private static final int PER_KIND = 3;

    private final Map<String, List<String>> byKind = new LinkedHashMap<>();

    void add(String kind, String text) {
        List<String> examples = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
        if (examples.size() < PER_KIND) {
            examples.add(text);
        }
    }

    /** Kinds in the order they first occurred, up to {@value #PER_KIND} examples each. */
    List<String> list() {
        List<String> all = new ArrayList<>();
        byKind.values().forEach(all::addAll);
        return all;
    }
}
