package dev.fsbench.harness.fault;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.scenario.DurationText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One fault on the schedule: {@code kill-engine@20s} is a kill-engine 20 s after the measured phase starts.
 *
 * @param atMs from the start of the measured phase
 */
public record FaultSpec(FaultKind kind, long atMs) {

    /** {@code KIND@TIME}, e.g. {@code add-partitions@1500ms}; the message names what is wrong and what is allowed. */
    public static FaultSpec parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int at = trimmed.indexOf('@');
        if (at <= 0 || at == trimmed.length() - 1 || trimmed.indexOf('@', at + 1) >= 0) {
            throw new IllegalArgumentException(
                    "fault '" + text + "' is not KIND@TIME (e.g. kill-engine@20s; kinds: " + FaultKind.labels() + ")");
        }
        String kindText = trimmed.substring(0, at).trim().toLowerCase(Locale.ROOT);
        FaultKind kind = FaultKind.byLabel(kindText)
                .orElseThrow(() -> new IllegalArgumentException(
                        "fault '" + text + "': unknown kind '" + kindText + "' (known: " + FaultKind.labels() + ")"));
        long atMs = DurationText.toMillis("fault '" + text + "' time", trimmed.substring(at + 1));
        return new FaultSpec(kind, atMs);
    }

    /** A comma-separated list, in the order the faults strike. */
    public static List<FaultSpec> parseList(String text) {
        List<FaultSpec> faults = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return faults;
        }
        for (String one : text.split(",")) {
            faults.add(parse(one));
        }
        faults.sort(Comparator.comparingLong(FaultSpec::atMs));
        return List.copyOf(faults);
    }

    /** The workload's faults ({@link HarnessSettings#FAULTS}), in the order they strike; empty without any. */
    public static List<FaultSpec> of(WorkloadSpec workload) {
        return HarnessSettings.FAULTS.find(workload).map(FaultSpec::parseList).orElse(List.of());
    }

    /** As written on the CLI: {@code kill-engine@20000ms}. */
    public String text() {
        return kind.label() + "@" + atMs + "ms";
    }
}
