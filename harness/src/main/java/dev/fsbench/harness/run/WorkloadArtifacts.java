package dev.fsbench.harness.run;

import dev.fsbench.api.EngineSession;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineProcess;
import dev.fsbench.harness.result.ResultSections;
import dev.fsbench.harness.telemetry.JvmTelemetry;
import dev.fsbench.harness.telemetry.KilledJvmRecording;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.GeneratorSummary;
import dev.fsbench.results.ProcessFigures;
import dev.fsbench.results.TelemetryResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a workload left on disk once its engine stopped: the engine's metrics, the engine JVM's telemetry over
 * the measured phase, and the files a reader of the result may open (paths relative to the run directory).
 *
 * @param measuredJvms every JVM of the deployment measured on its own, with the part of the phase it covers
 */
record WorkloadArtifacts(
        EngineMetrics engineMetrics,
        TelemetryResult telemetry,
        Map<String, String> files,
        List<MeasuredJvm> measuredJvms) {

    private static final List<String> KEPT_FILES = List.of(
            EngineSession.JOB_FILE,
            EngineProcess.LABEL + ".out",
            EngineProcess.LABEL + ".err",
            EngineProcess.LABEL + ".jvmargs",
            LoadPhase.LATENCY_LOG);

    WorkloadArtifacts {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files)); // in the order they were found
        measuredJvms = List.copyOf(measuredJvms);
    }

    /** The entries of {@code processes[]}, in the order of the deployment. */
    List<ProcessFigures> processes() {
        return measuredJvms.stream().map(MeasuredJvm::figures).toList();
    }

    WorkloadArtifacts(EngineMetrics engineMetrics, TelemetryResult telemetry, Map<String, String> files) {
        this(engineMetrics, telemetry, files, List.of());
    }

    static WorkloadArtifacts collect(WorkloadSpec spec, Path runDir, Path dir, Path engineWorkDir, LoadOutcome load) {
        return collect(spec, runDir, dir, engineWorkDir, load, List.of());
    }

    /**
     * As above, with every JVM of the deployment measured on its own over the measured phase ({@code processes[]});
     * {@code deployed} lists them, the engine JVM first (its telemetry is the workload's {@code gc} and {@code cpu}).
     */
    static WorkloadArtifacts collect(
            WorkloadSpec spec,
            Path runDir,
            Path dir,
            Path engineWorkDir,
            LoadOutcome load,
            List<DeployedJvm> deployed) {
        EngineMetrics engineMetrics;
        try {
            engineMetrics = EngineMetricsReader.read(engineWorkDir);
        } catch (IOException e) {
            engineMetrics = new EngineMetrics(List.of(), ResultSections.json(Map.of("error", e.getMessage())));
        }
        GeneratorSummary report = load.input() == null ? null : load.input().report();
        long measureFrom = report != null ? report.measureStartEpochMs() : 0;
        long measureTo = report != null ? report.measureEndEpochMs() : System.currentTimeMillis();
        TelemetryResult telemetry = JvmTelemetry.analyze(spec, dir, EngineProcess.LABEL, measureFrom, measureTo);

        Map<String, String> files = new LinkedHashMap<>();
        for (String name : KEPT_FILES) {
            if (Files.exists(dir.resolve(name))) {
                files.put(
                        name.replace('.', '_'),
                        runDir.relativize(dir.resolve(name)).toString());
            }
        }
        if (telemetry.telemetry() != null && telemetry.telemetry().files() != null) {
            telemetry
                    .telemetry()
                    .files()
                    .forEach((k, v) ->
                            files.put(k, runDir.relativize(dir.resolve(v)).toString()));
        }
        List<MeasuredJvm> processes = new ArrayList<>();
        for (DeployedJvm jvm : deployed) {
            // the engine JVM's figures stand for the whole phase, also those of a JVM restarted after a kill-engine
            processes.add(
                    jvm.name().equals(EngineProcess.LABEL) && jvm.dir().equals(dir)
                            ? MeasuredJvm.throughout(processFigures(jvm, telemetry, runDir))
                            : measure(spec, jvm, measureFrom, measureTo, runDir));
        }
        return new WorkloadArtifacts(engineMetrics, telemetry, files, processes);
    }

    /**
     * One entry of {@code processes[]}: {@code jvm}'s figures over [from, to) from its flight recording, or, for a
     * JVM a fault killed, from the chunks JFR had flushed before the kill ({@link KilledJvmRecording}).
     */
    static MeasuredJvm measure(WorkloadSpec spec, DeployedJvm jvm, long from, long to, Path runDir) {
        TelemetryResult figures = jvm.killedAtMs() == null
                ? JvmTelemetry.analyze(spec, jvm.dir(), jvm.name(), from, to)
                : KilledJvmRecording.analyze(spec, jvm.dir(), jvm.name(), jvm.pid(), from, to);
        return MeasuredJvm.of(processFigures(jvm, figures, runDir), figures, from, to);
    }

    private static ProcessFigures processFigures(DeployedJvm jvm, TelemetryResult figures, Path runDir) {
        String recording = figures.telemetry() == null || figures.telemetry().files() == null
                ? null
                : figures.telemetry().files().get("jfr");
        return new ProcessFigures(
                jvm.role(),
                jvm.name(),
                jvm.pid(),
                figures.gc(),
                figures.cpu(),
                recording == null
                        ? null
                        : runDir.relativize(jvm.dir().resolve(recording)).toString(),
                jvm.killedAtMs());
    }
}
