package dev.fsbench.harness.run;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A test hook: holds the run at the start of one phase so a fault test can signal the harness there, in a phase
 * too short to hit from outside (an engine JVM that is launched but not yet ready, report rendering). Enabled only
 * by the system property {@value #PROPERTY} (e.g. {@code -Dfsbench.test.holdAtPhase=engine-start}, or
 * {@code engine-start@2} for the phase's second start, the second workload's engine), which no user command sets; without it {@link #at} returns at once and does nothing. The hold sits between phases, before the
 * phase's own work, so it cannot change a measurement: a held run is only ever ended by a signal.
 */
public final class PhaseHold {

    /** The system property naming the phase to hold at (a {@link Phase#id()}). */
    public static final String PROPERTY = "fsbench.test.holdAtPhase";

    /** The line printed when the hold begins: what the test waits for. */
    public static final String MARKER = "PHASE-HOLD ";

    /** The phases a run can be held at. */
    public enum Phase {
        /** An engine JVM launched, not yet awaited ready. */
        ENGINE_START,
        /** The run ended and written, the reports not yet rendered. */
        REPORT_RENDERING;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Map<Phase, Integer> STARTS = new EnumMap<>(Phase.class);

    private PhaseHold() {}

    /** Holds the calling thread for good if the test property names {@code phase}; otherwise returns at once. */
    public static void at(Phase phase) {
        String wanted = System.getProperty(PROPERTY);
        if (wanted == null || !(wanted.equals(phase.id()) || wanted.startsWith(phase.id() + "@"))) {
            return;
        }
        int start;
        synchronized (STARTS) {
            start = STARTS.merge(phase, 1, Integer::sum);
        }
        if (!wanted.equals(phase.id()) && !wanted.equals(phase.id() + "@" + start)) {
            return;
        }
        System.out.println(MARKER + wanted);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE); // only a signal ends a held run; the JVM exits after its shutdown hook
            } catch (InterruptedException e) {
                // keep holding: going on into the phase would start work during shutdown
            }
        }
    }
}
