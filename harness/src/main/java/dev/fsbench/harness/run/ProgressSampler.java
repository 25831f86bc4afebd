package dev.fsbench.harness.run;

import dev.fsbench.harness.collector.LatencyRecorder;
import dev.fsbench.harness.collector.OutputCollector;
import dev.fsbench.harness.engine.EngineHandle;
import dev.fsbench.harness.generator.LoadGenerator;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.ThroughputPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Once a second: closes a latency interval, records the generator's input count for the throughput series,
 * and prints a progress line (phase, elapsed, live input rate, latest p99).
 */
final class ProgressSampler implements AutoCloseable {

    private final String label;
    private final LoadGenerator generator;
    private final OutputCollector collector;
    private final LatencyRecorder latency;
    private final EngineHandle engine;
    private final Console console;
    private final Map<Long, Long> inputBySecond = new TreeMap<>();
    private final Thread thread;
    private final long startMs = System.currentTimeMillis();
    private final long plannedSeconds;
    private volatile boolean running = true;

    ProgressSampler(
            String label,
            LoadGenerator generator,
            OutputCollector collector,
            LatencyRecorder latency,
            EngineHandle engine,
            Console console) {
        this.label = label;
        this.generator = generator;
        this.collector = collector;
        this.latency = latency;
        this.engine = engine;
        this.console = console;
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
            LatencyInterval interval = latency.roll();
            synchronized (inputBySecond) {
                inputBySecond.put(nextTick - 1000, sent - lastSent);
            }
            long elapsedS = (nextTick - startMs) / 1000;
            console.progress(
                    "[%s] %-8s %4ds (%ds left)  input %,8d ev/s  windows received %,9d  p99 %s  engine %s",
                    label,
                    generator.phase().name().toLowerCase(),
                    elapsedS,
                    Math.max(0, plannedSeconds - elapsedS),
                    sent - lastSent,
                    collector.received().records(),
                    interval.count() == 0 ? "-" : String.format("%,.0f ms", interval.p99()),
                    engine.isAlive() ? "up" : "DOWN");
            lastSent = sent;
            nextTick += 1000;
        }
    }

    /** Input and output events per wall-clock second; output counts divided by windows per event. */
    List<ThroughputPoint> throughputSeries(int windowsPerEvent) {
        Map<Long, double[]> bySecond = new TreeMap<>();
        synchronized (inputBySecond) {
            inputBySecond.forEach((second, count) -> bySecond.computeIfAbsent(second, s -> new double[2])[0] = count);
        }
        collector
                .countsByEmitSecond()
                .forEach((second, sum) ->
                        bySecond.computeIfAbsent(second, s -> new double[2])[1] = sum / (double) windowsPerEvent);
        List<ThroughputPoint> points = new ArrayList<>();
        bySecond.forEach((second, values) -> points.add(new ThroughputPoint(second, values[0], values[1], null, null)));
        return points;
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
