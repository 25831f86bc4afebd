package dev.fsbench.harness.run;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.collector.LatencyRecorder;
import dev.fsbench.harness.collector.OutputCollector;
import dev.fsbench.harness.engine.EngineHandle;
import dev.fsbench.harness.generator.LoadGenerator;
import dev.fsbench.harness.sustain.SteadyStateDetector;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.ThroughputPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Once a second: closes a latency interval, records the generator's input count, the memberships due by the
 * second's end and the generator's worst schedule lag for the throughput series, feeds the warm-up detector, and
 * prints a progress line (phase, elapsed, live input rate, backlog, latest p99); in the measured phase it also samples
 * the machine's load ({@link LoadDuring}).
 */
final class ProgressSampler implements AutoCloseable {

    private final String label;
    private final WorkloadSpec spec;
    private final LoadGenerator generator;
    private final OutputCollector collector;
    private final LatencyRecorder latency;
    private final EngineHandle engine;
    private final Console console;
    private final SteadyStateDetector detector;
    private final Map<Long, Tick> ticks = new TreeMap<>();
    private final LoadDuring loadDuring = new LoadDuring();
    private CpuTimes lastCpu; // the sampler thread's previous CPU sample in the measured phase
    private final Thread thread;
    private final long startMs = System.currentTimeMillis();
    private final long plannedSeconds;
    private volatile boolean running = true;

    /** What was sampled at the end of one second (keyed by the second's start). */
    private record Tick(long inputEvents, long dueMemberships, double scheduleLagMs) {}

    /** @param detector fed every second during the load; null when the warm-up has a fixed length */
    ProgressSampler(
            String label,
            WorkloadSpec spec,
            LoadGenerator generator,
            OutputCollector collector,
            LatencyRecorder latency,
            EngineHandle engine,
            Console console,
            SteadyStateDetector detector) {
        this.label = label;
        this.spec = spec;
        this.generator = generator;
        this.collector = collector;
        this.latency = latency;
        this.engine = engine;
        this.console = console;
        this.detector = detector;
        this.plannedSeconds = generator.plannedMillis() / 1000;
        this.thread = new Thread(this::loop, "progress-" + label);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        long lastSent = 0;
        long nextTick = System.currentTimeMillis() / 1000 * 1000 + 1000;
        while (running) {
            try {
                Thread.sleep(Math.max(1, nextTick - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                return;
            }
            long sent = generator.sent();
            long due = Backlog.dueMemberships(generator, spec, nextTick);
            double lagMs = generator.takeMaxLagMs();
            LatencyInterval interval = latency.roll();
            LatencyInterval everyWindow = latency.rollAnyWindow();
            double backlog = Backlog.events(due, collector.received().countSum(), spec);
            synchronized (ticks) {
                ticks.put(nextTick - 1000, new Tick(sent - lastSent, due, lagMs));
            }
            if (detector != null) {
                detector.observe(nextTick, everyWindow, backlog);
            }
            if (generator.phase() == LoadGenerator.Phase.MEASURE) {
                loadDuring.add(MachineSample.loadAverageNow());
                CpuTimes cpu = CpuTimes.now();
                if (lastCpu != null && cpu != null) {
                    loadDuring.add(cpu.since(lastCpu)); // second by second: an engine restart costs one second's delta
                }
                lastCpu = cpu;
            }
            long elapsedS = (nextTick - startMs) / 1000;
            console.progress(
                    "[%s] %-8s %4ds (%ds left)  input %,8d ev/s  backlog %,9.0f ev  p99 %s  engine %s",
                    label,
                    generator.phase().name().toLowerCase(),
                    elapsedS,
                    Math.max(0, plannedSeconds - elapsedS),
                    sent - lastSent,
                    backlog,
                    everyWindow.count() == 0 ? "-" : String.format("%,.0f ms", everyWindow.p99()),
                    engine.isAlive() ? "up" : "DOWN");
            lastSent = sent;
            nextTick += 1000;
        }
    }

    /**
     * Per wall-clock second: input events; processed events (counts of the output records appended in that
     * second, divided by windows per event); the backlog at the second's end (memberships due by then minus
     * memberships of every output record appended by then, in events); the generator's worst schedule lag.
     * Seconds after the sampler stopped carry only processed events.
     */
    List<ThroughputPoint> throughputSeries() {
        double windowsPerEvent = spec.window().windowsPerEvent();
        Map<Long, Long> appended = collector.countsByEmitSecond();
        Map<Long, Tick> sampled;
        synchronized (ticks) {
            sampled = new TreeMap<>(ticks);
        }
        TreeMap<Long, Boolean> seconds = new TreeMap<>();
        sampled.keySet().forEach(second -> seconds.put(second, true));
        appended.keySet().forEach(second -> seconds.put(second, true));
        List<ThroughputPoint> points = new ArrayList<>();
        long deliveredSoFar = 0;
        for (long second : seconds.keySet()) {
            long appendedInSecond = appended.getOrDefault(second, 0L);
            deliveredSoFar += appendedInSecond;
            Tick tick = sampled.get(second);
            points.add(new ThroughputPoint(
                    second,
                    tick == null ? 0 : tick.inputEvents(),
                    appendedInSecond / windowsPerEvent,
                    tick == null ? null : Backlog.events(tick.dueMemberships(), deliveredSoFar, spec),
                    tick == null ? null : tick.scheduleLagMs()));
        }
        return points;
    }

    /** The machine's 1-minute load average and foreign CPU sampled each second of the measured phase. */
    LoadDuring loadDuring() {
        return loadDuring;
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        latency.roll(); // the last partial second: results that arrive in a final burst must count too
    }
}
