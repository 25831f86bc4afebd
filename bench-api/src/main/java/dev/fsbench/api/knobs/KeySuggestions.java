package dev.fsbench.api.knobs;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The nearest valid key to a misspelt one, by edit distance (Levenshtein, case-insensitive). Hand-written: the
 * engines load bench-api, so it takes no library (commons-text's LevenshteinDistance does the same).
 */
public final class KeySuggestions {

    private KeySuggestions() {}

    /** The candidate closest to {@code key}, if one is close enough to be a likely typo. */
    public static Optional<String> nearest(String key, Collection<String> candidates) {
        String lower = key.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, key.length() / 4);
        return candidates.stream()
                .filter(candidate -> !candidate.equals(key))
                .map(candidate -> new Scored(candidate, distance(lower, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance <= limit)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /** " (did you mean X?)" or nothing. */
    public static String didYouMean(String key, Collection<String> candidates) {
        return nearest(key, candidates).map(s -> " (did you mean " + s + "?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String candidate, int distance) {}
}
