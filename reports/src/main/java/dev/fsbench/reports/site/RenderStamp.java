package dev.fsbench.reports.site;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.RunStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a run page depends on: this module's code and templates, the run's result bytes and the runs its gate
 * compared it with. A page whose stamp matches is not rendered again, so adding one run to a long history
 * renders one run page (plus index and trends), while an upgrade of the module re-renders everything.
 */
final class RenderStamp {
    private static final String META = "<meta name=\"fsbench-render\" content=\"";
    /** The stamp sits in the page's head: no need to read the megabyte of inlined script after it. */
    private static final int HEAD_BYTES = 4096;

    private final String moduleDigest = digestOfModule();

    String of(RunRecord run, List<String> baselineRunIds) throws IOException {
        MessageDigest sha = sha256();
        sha.update(moduleDigest.getBytes(StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(run.dir().resolve(RunStore.RESULT_FILE)));
        sha.update(String.join("\n", baselineRunIds).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    static String metaTag(String stamp) {
        return META + stamp + "\">";
    }

    static boolean pageHas(Path page, String stamp) {
        if (!Files.isRegularFile(page)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(page)) {
            String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
            return head.contains(metaTag(stamp));
        } catch (IOException e) {
            return false;
        }
    }

    /** The module's jar, or its classes directory (tests, IDE): every class, template and asset in it. */
    private static String digestOfModule() {
        try {
            Path location = Path.of(RenderStamp.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            MessageDigest sha = sha256();
            if (Files.isRegularFile(location)) {
                sha.update(Files.readAllBytes(location));
            } else {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(location.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(f));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            return "unknown-" + System.nanoTime(); // cannot tell what the code is: never reuse a page
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
