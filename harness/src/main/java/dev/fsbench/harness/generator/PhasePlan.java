package dev.fsbench.harness.generator;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the warm-up ends, decided while the generator runs, and what the senders may send meanwhile. Until the
 * {@link WarmupGate} has spoken, the senders may only send the warm-up events up to the earliest possible end of
 * the warm-up, so no measured event goes out before the {@link MeasuredPhaseListener} has been told the phase's
 * boundaries. The gate is asked once a second from {@code minWarmupMs} on; "steady" at second {@code t} ends the
 * warm-up at {@code t + 1 s}; a warm-up that reaches its maximum ends there. Shared by the coordinator (which
 * decides) and the senders (which read); thread-safe.
 */
final class PhasePlan {

    /** Event indexes: warm-up [0, warmupEvents), measured [warmupEvents, measuredEnd), drain [measuredEnd, total). */
    record Boundaries(long measureStartMs, long warmupEvents, long measuredEnd, long totalEvents) {}

    private static final long ASK_EVERY_MS = 1_000;

    private final RateSchedule rates;
    private final long maxWarmupMs;
    private final long durationMs;
    private final long drainMs;
    private final WarmupGate gate;
    private final MeasuredPhaseListener listener;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile long sendLimit;
    private volatile Boundaries boundaries;
    private volatile boolean stopped;
    private long nextAskMs;
    private Boolean warmupSteady;

    PhasePlan(
            RateSchedule rates,
            long maxWarmupMs,
            long minWarmupMs,
            long durationMs,
            long drainMs,
            WarmupGate gate,
            MeasuredPhaseListener listener) {
        this.rates = rates;
        this.maxWarmupMs = maxWarmupMs;
        this.durationMs = durationMs;
        this.drainMs = drainMs;
        this.gate = gate;
        this.listener = listener;
        this.nextAskMs = minWarmupMs;
        this.warmupSteady = gate == WarmupGate.FIXED ? null : Boolean.FALSE;
        this.sendLimit = rates.eventsIn(Math.min(maxWarmupMs, minWarmupMs + ASK_EVERY_MS));
    }

    /** Before any event is sent: fixes the phases at once if the gate cannot end the warm-up before its maximum. */
    void begin() {
        if (gate == WarmupGate.FIXED || nextAskMs + ASK_EVERY_MS >= maxWarmupMs) {
            fix(maxWarmupMs);
        }
    }

    /**
     * Called by the coordinator as time passes ({@code elapsedMs} since the start): asks the gate when a whole
     * second is due. Returns when to be called next (elapsed ms).
     */
    long advance(long elapsedMs) {
        if (boundaries != null || elapsedMs < nextAskMs) {
            return boundaries != null ? Long.MAX_VALUE : nextAskMs;
        }
        if (gate.steady(nextAskMs)) {
            warmupSteady = Boolean.TRUE;
            fix(nextAskMs + ASK_EVERY_MS);
        } else if (nextAskMs + 2 * ASK_EVERY_MS >= maxWarmupMs) {
            fix(maxWarmupMs);
        } else {
            sendLimit = rates.eventsIn(nextAskMs + 2 * ASK_EVERY_MS);
            nextAskMs += ASK_EVERY_MS;
        }
        return boundaries != null ? Long.MAX_VALUE : nextAskMs;
    }

    private void fix(long warmupMs) {
        long measureEndMs = warmupMs + durationMs;
        Boundaries fixed = new Boundaries(
                warmupMs,
                rates.eventsIn(warmupMs),
                rates.eventsIn(measureEndMs),
                rates.eventsIn(measureEndMs + drainMs));
        listener.started(warmupMs, measureEndMs);
        boundaries = fixed;
        sendLimit = fixed.totalEvents();
    }

    /** Events with an index below this may be sent now. */
    long sendLimit() {
        return sendLimit;
    }

    /** Null while the warm-up's end is still open. */
    Boundaries boundaries() {
        return boundaries;
    }

    /** Null for a fixed warm-up; otherwise whether the gate ended it (false: it ran to its maximum). */
    Boolean warmupSteady() {
        return warmupSteady;
    }

    long durationMs() {
        return durationMs;
    }

    void stop() {
        stopped = true;
    }

    boolean stopped() {
        return stopped || failure.get() != null;
    }

    void fail(Throwable error) {
        failure.compareAndSet(null, error);
    }

    Throwable failure() {
        return failure.get();
    }
}
