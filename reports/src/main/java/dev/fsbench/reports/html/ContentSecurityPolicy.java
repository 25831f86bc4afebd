package dev.fsbench.reports.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pages' Content-Security-Policy: nothing is fetched, and only the page's own inlined scripts and style run,
 * each allowed by the SHA-256 of its exact text. So no inline event handler, {@code javascript:} URL or injected
 * {@code <script>} can run even if markup were ever injected, and no inline style attribute applies. ECharts sets
 * its styles through the CSSOM ({@code element.style}), which a policy does not govern, so no
 * {@code 'unsafe-inline'} is needed for styles either. The JSON data block ({@code type="application/json"}) is
 * not a script and needs no hash.
 */
public final class ContentSecurityPolicy {
    private ContentSecurityPolicy() {}

    /**
     * @param scripts the text of each inline {@code <script>} element, exactly as written between its tags
     * @param styles  the text of each inline {@code <style>} element, likewise
     */
    public static String of(List<String> scripts, List<String> styles) {
        return "default-src 'none'; script-src " + sources(scripts) + "; style-src " + sources(styles)
                + "; img-src data:; base-uri 'none'; form-action 'none'";
    }

    private static String sources(List<String> inline) {
        if (inline.isEmpty()) {
            return "'none'";
        }
        return inline.stream().map(ContentSecurityPolicy::hash).distinct().collect(Collectors.joining(" "));
    }

    /** A CSP hash source: 'sha256-' and the base64 of the SHA-256 of the text's UTF-8 bytes. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
