package dev.fsbench.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The one {@code main} of every engine JVM. An engine module's main class is one line:
 *
 * <pre>
 * public static void main(String[] args) {
 *     EngineMain.run(args, MyJob::new);   // MyJob implements EngineJob, MyJob(EngineContext)
 * }
 * </pre>
 *
 * It owns the harness protocol ({@link EngineSession}): reads {@code job.json} (path in {@code args[0]}) and the
 * credentials redacted there from its environment ({@link JobSecrets}), creates
 * and starts the job, writes {@code ready.json} with what {@link EngineJob#start()} returned, routes the job's
 * time series to {@code engine-metrics.jsonl}, checks the job for failures until the harness asks it to stop
 * (stdin EOF or SIGTERM), stops it, writes {@code engine-summary.json} with what {@link EngineJob#stop()}
 * returned, and exits with an {@link EngineExit} code. A failure is reported on stderr, its one-line cause last,
 * so the tail the harness quotes names it.
 */
public final class EngineMain {

    /** How often a running job is asked whether it failed by itself. */
    public static final long FAILURE_CHECK_INTERVAL_MS = 500;

    private static final String UNKNOWN_ENGINE = "engine";

    private EngineMain() {}

    /** Runs the engine JVM to its end; never returns. */
    public static void run(String[] args, EngineJob.Factory factory) {
        EngineExit exit = execute(args, factory, System.in);
        // Flink's RPC and Netty threads, Spark's and Kafka's client pools outlive a clean stop: exit explicitly.
        System.exit(exit.code());
    }

    /** The whole protocol without the JVM exit; {@code stopSignal} is stdin in a real engine JVM. */
    static EngineExit execute(String[] args, EngineJob.Factory factory, InputStream stopSignal) {
        return execute(args, factory, stopSignal, System::getenv);
    }

    /** As above, the job's credentials read from {@code environment} (the JVM's own in a real engine). */
    static EngineExit execute(
            String[] args, EngineJob.Factory factory, InputStream stopSignal, Function<String, String> environment) {
        EngineSession session;
        try {
            session = EngineSession.open(args, stopSignal, environment);
        } catch (IOException | RuntimeException e) {
            return report(UNKNOWN_ENGINE, EngineExit.REJECTED, "cannot read the job: " + e.getMessage(), null);
        }
        String engine = session.job().engine();
        EngineExit exit = drive(session, engine, factory);
        try {
            session.close();
        } catch (IOException e) {
            return report(engine, EngineExit.FAILED, "cannot close " + EngineSession.METRICS_FILE + ": " + e, e);
        }
        return exit;
    }

    private static EngineExit drive(EngineSession session, String engine, EngineJob.Factory factory) {
        boolean ready = false;
        EngineContext context = new EngineContext(session.job(), session.workDir(), session);
        try (EngineJob job = factory.create(context)) {
            session.ready(job.start());
            ready = true;
            while (!session.awaitStopRequest(FAILURE_CHECK_INTERVAL_MS, TimeUnit.MILLISECONDS)) {
                job.throwIfFailed();
            }
            System.out.println(engine + ": stop requested, stopping the job");
            session.summary(job.stop());
            return EngineExit.STOPPED;
        } catch (Throwable e) {
            if (!ready && e instanceof IllegalArgumentException) {
                return report(engine, EngineExit.REJECTED, "rejected the job: " + e.getMessage(), null);
            }
            return report(engine, EngineExit.FAILED, "the job failed: " + e, e);
        }
    }

    /** Stack trace first, the one-line cause last: the harness quotes the tail of stderr. */
    private static EngineExit report(String engine, EngineExit exit, String message, Throwable cause) {
        if (cause != null) {
            cause.printStackTrace();
        }
        System.err.println(engine + ": " + message + " (exit " + exit.code() + ")");
        System.err.flush();
        return exit;
    }
}
