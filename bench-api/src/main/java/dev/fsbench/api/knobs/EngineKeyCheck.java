package dev.fsbench.api.knobs;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The check an engine's JVM runs on the pass-through settings of a workload before the broker starts, against
 * the engine's own registry of settings. Each engine supplies its registry; this decides and reports, so the
 * engines share one protocol: one line per setting that is not plainly known, {@code UNKNOWN<TAB>key<TAB>why}
 * (exit code 2) or {@code UNVERIFIED<TAB>key<TAB>why} (the engine cannot tell: exit 0, the harness warns).
 */
public final class EngineKeyCheck {

    public static final String UNKNOWN = "UNKNOWN";
    public static final String UNVERIFIED = "UNVERIFIED";
    public static final int EXIT_OK = 0;
    public static final int EXIT_UNKNOWN = 2;

    private EngineKeyCheck() {}

    /**
     * @param engine         the engine's name in messages, e.g. "Flink"
     * @param knobKeys       the pass-through settings as written, e.g. {@code flink.taskmanager.numberOfTaskSlots}
     * @param knownKeys      every key the engine's registry declares (with deprecated and fallback keys)
     * @param prefixFamilies key prefixes the engine reads without declaring each key (e.g. metrics reporters)
     * @return the exit code: {@link #EXIT_UNKNOWN} if any setting is unknown to the engine and near a known one
     */
    public static int run(
            String engine,
            List<String> knobKeys,
            Collection<String> knownKeys,
            List<String> prefixFamilies,
            PrintStream out) {
        List<String> unknown = new ArrayList<>();
        for (String knobKey : knobKeys) {
            Optional<KnobCatalog.EngineKey> resolved = KnobCatalog.engineKey(knobKey);
            if (resolved.isEmpty()) {
                unknown.add(knobKey);
                out.println(UNKNOWN + "\t" + knobKey + "\tnot a pass-through setting of " + engine);
                continue;
            }
            String engineKey = resolved.get().engineKey();
            PassThrough family = resolved.get().passThrough();
            if (knownKeys.contains(engineKey)) {
                continue;
            }
            Optional<String> readByPrefix =
                    prefixFamilies.stream().filter(engineKey::startsWith).findFirst();
            if (readByPrefix.isPresent()) {
                out.println(UNVERIFIED + "\t" + knobKey + "\t" + engine + " reads keys under " + readByPrefix.get()
                        + " without declaring them");
                continue;
            }
            Optional<String> nearest = KeySuggestions.nearest(engineKey, knownKeys);
            if (nearest.isPresent()) {
                unknown.add(knobKey);
                out.println(UNKNOWN + "\t" + knobKey + "\tnot a " + engine + " setting (did you mean "
                        + family.knobKey(nearest.get()) + "?)");
            } else {
                out.println(UNVERIFIED + "\t" + knobKey + "\tnot in " + engine
                        + "'s registry of settings (a plugin or connector may read it; check its spelling)");
            }
        }
        out.flush();
        return unknown.isEmpty() ? EXIT_OK : EXIT_UNKNOWN;
    }
}
