package dev.fsbench.harness.telemetry;

import dev.fsbench.results.CpuFigures;
import dev.fsbench.results.GcFigures;
import dev.fsbench.results.SeriesPoint;
import dev.fsbench.results.TelemetryInfo;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.TelemetrySeries;
import dev.fsbench.results.TelemetryStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads one flight recording in a single pass and turns it into figures for the window [from, to) and chart
 * series for the whole recording. Only the events enabled by fsbench-telemetry.jfc are looked at, so a
 * recording made with richer settings (e.g. the JDK's profile.jfc) gives the same figures.
 */
final class RecordingAnalyzer {

    private static final double PERCENTILE = 99.0;

    private final long fromMs;
    private final long toMs;

    private long recordingStartMs = Long.MAX_VALUE;
    private long recordingEndMs = Long.MIN_VALUE;
    private String youngCollector;
    private String oldCollector;

    private long collections;
    private final PauseStatistics pauses = new PauseStatistics();
    private long allocatedBytes;
    private Long heapUsedAfterGcMax;
    private double processCpuSum;
    private double processCpuMax;
    private double machineCpuSum;
    private int cpuSamples;

    private final List<SeriesPoint> heapSeries = new ArrayList<>();
    private final List<SeriesPoint> pauseSeries = new ArrayList<>();
    private final List<SeriesPoint> processCpuSeries = new ArrayList<>();
    private final List<SeriesPoint> machineCpuSeries = new ArrayList<>();

    private RecordingAnalyzer(long fromMs, long toMs) {
        this.fromMs = fromMs;
        this.toMs = toMs;
    }

    /**
     * @throws IOException if the file is missing, empty or truncated (JFR validates chunk headers and sizes)
     */
    static TelemetryResult analyze(Path recording, long fromMs, long toMs, Map<String, String> files)
            throws IOException {
        RecordingAnalyzer analyzer = new RecordingAnalyzer(fromMs, toMs);
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                analyzer.accept(file.readEvent());
            }
        }
        return analyzer.result(files);
    }

    /**
     * Like {@link #analyze}, over the chunks a JVM killed before its dump left in its repository, in time order.
     * The kill may cut the last chunk after its last flush: events read before the cut are real and kept, the rest
     * of that chunk is lost with the JVM. A chunk with no readable event at all adds nothing.
     */
    static TelemetryResult analyzeChunks(List<Path> chunks, long fromMs, long toMs, Map<String, String> files) {
        RecordingAnalyzer analyzer = new RecordingAnalyzer(fromMs, toMs);
        for (Path chunk : chunks) {
            try (RecordingFile file = new RecordingFile(chunk)) {
                while (file.hasMoreEvents()) {
                    analyzer.accept(file.readEvent());
                }
            } catch (IOException | RuntimeException e) {
                // cut by the kill: what was read stays
            }
        }
        return analyzer.result(files);
    }

    private void accept(RecordedEvent event) {
        long startMs = event.getStartTime().toEpochMilli();
        recordingStartMs = Math.min(recordingStartMs, startMs);
        recordingEndMs = Math.max(recordingEndMs, event.getEndTime().toEpochMilli());
        boolean inWindow = startMs >= fromMs && startMs < toMs;
        switch (event.getEventType().getName()) {
            case "jdk.GCConfiguration" -> {
                youngCollector = event.getString("youngCollector");
                oldCollector = event.getString("oldCollector");
            }
            case "jdk.GarbageCollection" -> {
                if (inWindow) {
                    collections++;
                }
            }
            case "jdk.GCPhasePause" -> {
                double durationMs = event.getDuration().toNanos() / 1e6;
                pauseSeries.add(new SeriesPoint(startMs, round(durationMs, 3)));
                if (inWindow) {
                    pauses.add(durationMs);
                }
            }
            case "jdk.GCHeapSummary" -> {
                long heapUsed = event.getLong("heapUsed");
                heapSeries.add(new SeriesPoint(startMs, heapUsed));
                if (inWindow && "After GC".equals(event.getString("when"))) {
                    heapUsedAfterGcMax = heapUsedAfterGcMax == null ? heapUsed : Math.max(heapUsedAfterGcMax, heapUsed);
                }
            }
            case "jdk.ObjectAllocationSample" -> {
                if (inWindow) {
                    allocatedBytes += event.getLong("weight");
                }
            }
            case "jdk.CPULoad" -> {
                double process = event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                double machine = event.getFloat("machineTotal");
                processCpuSeries.add(new SeriesPoint(startMs, round(process, 4)));
                machineCpuSeries.add(new SeriesPoint(startMs, round(machine, 4)));
                if (inWindow) {
                    processCpuSum += process;
                    processCpuMax = Math.max(processCpuMax, process);
                    machineCpuSum += machine;
                    cpuSamples++;
                }
            }
            default -> {
                // events other settings files enable; they do not change the figures
            }
        }
    }

    private TelemetryResult result(Map<String, String> files) {
        long windowFrom = Math.max(fromMs, recordingStartMs);
        long windowTo = Math.min(toMs, recordingEndMs);
        if (recordingStartMs == Long.MAX_VALUE) {
            return TelemetryResult.missing("the recording holds no events", files);
        }
        if (windowTo <= windowFrom) {
            return TelemetryResult.missing(
                    "the recording (" + Instant.ofEpochMilli(recordingStartMs) + " to "
                            + Instant.ofEpochMilli(recordingEndMs) + ") does not overlap the measured window ("
                            + Instant.ofEpochMilli(fromMs) + " to " + Instant.ofEpochMilli(toMs) + ")",
                    files);
        }
        double windowMs = windowTo - windowFrom;
        GcFigures gc = new GcFigures(
                collectorName(),
                collections,
                pauses.count(),
                round(pauses.totalMs(), 3),
                roundOrNull(pauses.maxMs(), 3),
                roundOrNull(pauses.percentileMs(PERCENTILE), 3),
                round(pauses.totalMs() / windowMs, 6),
                Math.round(allocatedBytes / (windowMs / 1000.0)),
                heapUsedAfterGcMax);
        CpuFigures cpu = cpuSamples == 0
                ? new CpuFigures(null, null, null, 0)
                : new CpuFigures(
                        round(processCpuSum / cpuSamples, 4),
                        round(processCpuMax, 4),
                        round(machineCpuSum / cpuSamples, 4),
                        cpuSamples);
        TelemetrySeries series = new TelemetrySeries(
                timeOrdered(heapSeries),
                timeOrdered(pauseSeries),
                timeOrdered(processCpuSeries),
                timeOrdered(machineCpuSeries));
        return new TelemetryResult(
                gc, cpu, new TelemetryInfo(TelemetryStatus.OK, null, files, windowFrom, windowTo, series));
    }

    /** "G1New/G1Old"; a single-generation collector reports its young collector as "N/A" (ZGC: "Z"). */
    private String collectorName() {
        String name = Stream.of(youngCollector, oldCollector)
                .filter(c -> c != null && !c.isBlank() && !c.equals("N/A"))
                .distinct()
                .collect(Collectors.joining("/"));
        return name.isEmpty() ? null : name;
    }

    /** JFR writes events per thread buffer, not in global time order. */
    private static List<SeriesPoint> timeOrdered(List<SeriesPoint> points) {
        points.sort(Comparator.comparingLong(SeriesPoint::t));
        return SeriesThinning.thin(points, SeriesThinning.MAX_POINTS);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static Double roundOrNull(Double value, int decimals) {
        return value == null ? null : round(value, decimals);
    }
}
