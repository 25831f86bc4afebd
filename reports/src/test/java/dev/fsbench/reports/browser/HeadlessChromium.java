package dev.fsbench.reports.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.reports.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol with the JDK's own WebSocket client: it
 * records console errors, uncaught exceptions and browser log errors (CSP violations, failed loads) of a page.
 * Bound to 127.0.0.1 on a port Chromium picks; the process and its profile directory go away on close.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final Pattern DEVTOOLS_URL =
            Pattern.compile("DevTools listening on (ws://127\\.0\\.0\\.1:\\d+/\\S+)");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<Void>> loads = new ConcurrentHashMap<>();
    private String session;

    /** The Chromium binary: $CHROMIUM, else the first of chromium / chromium-browser / google-chrome on PATH. */
    static Optional<Path> find() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The Chromium binary, or the calling test is skipped (printing why); under CI=true a missing browser is a
     * failure instead.
     */
    static Path requireOrSkip(Class<?> test) {
        Optional<Path> binary = find();
        if (binary.isEmpty()) {
            String reason =
                    "Chromium not found (install Debian's package: apt-get install -y chromium, or set CHROMIUM)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason + "; required under CI=true");
            }
            System.out.println("SKIPPED " + test.getSimpleName() + ": " + reason);
            Assumptions.abort(reason);
        }
        return binary.get();
    }

    HeadlessChromium(Path binary, Path profileDir) throws Exception {
        process = new ProcessBuilder(
                        binary.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-extensions",
                        "--mute-audio",
                        "--user-data-dir=" + profileDir,
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String url = awaitDevToolsUrl();
            socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create(url), new Listener())
                    .get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw e;
        }
    }

    private String awaitDevToolsUrl() throws Exception {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) { // keep draining so Chromium never blocks on a full pipe
                            stderr.add(line);
                            Matcher m = DEVTOOLS_URL.matcher(line);
                            if (m.find()) {
                                url.complete(m.group(1));
                            }
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                    url.completeExceptionally(
                            new IOException("Chromium exited without a DevTools URL; stderr: " + stderr));
                },
                "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return url.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Opens one page target (1400 px wide) that the other calls act on. */
    void openPage() throws Exception {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank"))
                .path("targetId")
                .asText();
        session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId")
                .asText();
        call(session, "Runtime.enable", Map.of());
        call(session, "Log.enable", Map.of());
        call(session, "Page.enable", Map.of());
        call(
                session,
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1400, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
    }

    void navigate(String url) throws Exception {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        loads.put(session, loaded);
        JsonNode result = call(session, "Page.navigate", Map.of("url", url));
        if (result.hasNonNull("errorText")) {
            throw new IOException("navigation to " + url + " failed: "
                    + result.path("errorText").asText());
        }
        loaded.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Evaluates an expression in the page and returns its (JSON-serializable) value. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode r = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("evaluation failed: " + r.path("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Runs {@code source} in every document this page opens from now on, before the document's own scripts. */
    void addScriptOnNewDocument(String source) throws Exception {
        call(session, "Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    /** Moves the mouse to (x, y) in CSS pixels of the viewport, as a user's pointer would (hover, not click). */
    void moveMouse(double x, double y) throws Exception {
        call(session, "Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
    }

    void screenshot(Path png) throws Exception {
        JsonNode r = call(session, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(r.path("data").asText()));
    }

    /** Console errors, uncaught exceptions and browser errors seen so far. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    void clearErrors() {
        errors.clear();
    }

    private JsonNode call(String sessionId, String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = Json.MAPPER.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", Json.MAPPER.valueToTree(params));
        if (sessionId != null) {
            msg.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(Json.MAPPER.writeValueAsString(msg), true).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode response = reply.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (response.has("error")) {
            throw new IOException(method + " failed: " + response.path("error"));
        }
        return response.path("result");
    }

    private void onMessage(JsonNode msg) {
        if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(msg.path("id").asInt());
            if (f != null) {
                f.complete(msg);
            }
            return;
        }
        JsonNode p = msg.path("params");
        switch (msg.path("method").asText()) {
            case "Runtime.consoleAPICalled" -> {
                if (p.path("type").asText().equals("error")
                        || p.path("type").asText().equals("assert")) {
                    errors.add("console." + p.path("type").asText() + ": " + p.path("args"));
                }
            }
            case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
            case "Log.entryAdded" -> {
                if (p.path("entry").path("level").asText().equals("error")) {
                    errors.add("log: " + p.path("entry").path("text").asText() + " "
                            + p.path("entry").path("url").asText());
                }
            }
            case "Page.loadEventFired" -> {
                CompletableFuture<Void> f = loads.remove(msg.path("sessionId").asText());
                if (f != null) {
                    f.complete(null);
                }
            }
            default -> {}
        }
    }

    @Override
    public void close() throws Exception {
        try {
            call(null, "Browser.close", Map.of());
        } catch (Exception ignored) {
            // the process is ended below either way
        }
        socket.abort();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    onMessage(Json.MAPPER.readTree(partial.toString()));
                } catch (IOException e) {
                    errors.add("unreadable DevTools message: " + e.getMessage());
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
