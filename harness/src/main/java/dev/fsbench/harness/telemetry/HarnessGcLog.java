package dev.fsbench.harness.telemetry;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Unified GC logging for the already running harness JVM, switched on and off through the DiagnosticCommand
 * MBean (the in-process equivalent of {@code jcmd <pid> VM.log}), so the harness gets the same GC log as the
 * engines without depending on how it was launched.
 */
final class HarnessGcLog {

    private static final String VM_LOG = "vmLog";

    private final Path file;
    private boolean stopped;

    private HarnessGcLog(Path file) {
        this.file = file;
    }

    /** Null if this JVM has no DiagnosticCommand MBean (not HotSpot) or refuses the configuration. */
    static HarnessGcLog start(Path file) {
        String output = "output=file=" + file.toAbsolutePath();
        String problem =
                vmLog(output, "what=gc*=info", "decorators=time,uptime,level,tags", "output_options=filecount=0");
        return problem == null ? new HarnessGcLog(file) : null;
    }

    Path file() {
        return file;
    }

    /** Stops writing; the JVM keeps the output registered (removing one output would reset all logging). */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        vmLog("output=file=" + file.toAbsolutePath(), "what=all=off");
    }

    /** Returns null on success, else the command's complaint. */
    private static String vmLog(String... arguments) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Object answer = server.invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    VM_LOG,
                    new Object[] {arguments},
                    new String[] {String[].class.getName()});
            String text = answer == null ? "" : answer.toString().trim();
            return text.isEmpty() ? null : text;
        } catch (JMException | RuntimeException e) {
            return e.toString();
        }
    }
}
