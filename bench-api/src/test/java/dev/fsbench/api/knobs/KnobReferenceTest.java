package dev.fsbench.api.knobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KnobReferenceTest {

    /** docs/knobs.md is generated from the catalog; this keeps the checked-in copy from drifting. */
    @Test
    void checkedInReferenceMatchesTheCatalog() throws Exception {
        Path home = Path.of(System.getProperty("bench.home", "..")).toAbsolutePath();
        Path doc = home.resolve("docs/knobs.md");
        assertThat(doc).exists();
        assertThat(Files.readString(doc))
                .as("docs/knobs.md is out of date: run 'bin/bench knobs --markdown > docs/knobs.md'")
                .isEqualTo(KnobReference.markdown());
    }

    @Test
    void referenceListsEveryKnobWithItsDefaultAndDescription() {
        String markdown = KnobReference.markdown();
        for (Knob<?> knob : KnobCatalog.knobs()) {
            assertThat(markdown).contains("`" + knob.key() + "`").contains(knob.description());
        }
        String text = KnobReference.text(null);
        for (Knob<?> knob : KnobCatalog.knobs()) {
            assertThat(text).contains(knob.key() + "  (").contains("default " + knob.defaultText());
        }
        assertThat(KnobReference.text(Engines.BASELINE))
                .contains("baseline.idleTimeoutMs", "jvm.heap")
                .doesNotContain("flink.objectReuse");
    }
}
