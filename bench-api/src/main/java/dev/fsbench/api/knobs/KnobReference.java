package dev.fsbench.api.knobs;

import java.util.List;
import java.util.stream.Collectors;

/** The catalog as people read it: a Markdown page (docs/knobs.md is generated from it) and a console listing. */
public final class KnobReference {

    private KnobReference() {}

    /** The whole catalog as Markdown: one table per namespace, then the pass-through families and the rules. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Knob reference\n\n")
                .append("<!-- Generated from the knob catalog (bench-api, dev.fsbench.api.knobs) by"
                        + " `bin/bench knobs --markdown > docs/knobs.md`; a test fails when this file is out of"
                        + " date. Do not edit by hand. -->\n\n")
                .append("Set a knob with `-P key=value` on `bench run` or under `engineProperties:` in a scenario"
                        + " file. Every key and value is checked before anything starts: an unknown key or a bad"
                        + " value stops the run with exit code 2. `bin/bench knobs --engine E` lists the knobs one"
                        + " engine reads.\n");
        for (KnobNamespace namespace : KnobNamespace.values()) {
            List<Knob<?>> knobs = KnobCatalog.knobs().stream()
                    .filter(knob -> knob.namespace() == namespace)
                    .toList();
            md.append("\n## `")
                    .append(namespace.prefix())
                    .append("*`: ")
                    .append(namespace.readBy())
                    .append("\n\n");
            md.append("| Key | Type | Default | Allowed | Engines | Description |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (Knob<?> knob : knobs) {
                md.append("| `")
                        .append(knob.key())
                        .append("` | ")
                        .append(knob.type().name())
                        .append(" | ")
                        .append(knob.defaultValue() != null ? "`" + knob.defaultText() + "`" : knob.defaultText())
                        .append(" | ")
                        .append(cell(knob.type().allowed()))
                        .append(" | ")
                        .append(String.join(", ", knob.readingEngines()))
                        .append(" | ")
                        .append(cell(knob.description()))
                        .append(" |\n");
            }
            KnobCatalog.passThroughs().stream()
                    .filter(family -> family.namespace() == namespace)
                    .forEach(family -> md.append("\n")
                            .append(family.description())
                            .append(" Keys a knob above sets cannot be set this way: ")
                            .append(family.ownedKeys().keySet().stream()
                                    .sorted()
                                    .map(key -> "`" + key + "` ("
                                            + family.ownedKeys().get(key) + ")")
                                    .collect(Collectors.joining(", ")))
                            .append(".")
                            .append(loopbackSentence(family))
                            .append("\n"));
        }
        md.append("\n## Rules across knobs\n\nChecked when the run is planned, for the engines named.\n\n");
        for (KnobRule rule : KnobCatalog.rules()) {
            md.append("- ").append(rule.description()).append("\n");
        }
        return md.toString();
    }

    /** A plain listing for the console; {@code engine} null lists every knob. */
    public static String text(String engine) {
        List<Knob<?>> knobs = engine == null ? KnobCatalog.knobs() : KnobCatalog.knobsFor(engine);
        StringBuilder text = new StringBuilder();
        for (Knob<?> knob : knobs) {
            text.append(knob.key())
                    .append("  (")
                    .append(knob.type().name())
                    .append(", default ")
                    .append(knob.defaultText())
                    .append("; ")
                    .append(String.join(", ", knob.readingEngines()))
                    .append(")\n    allowed: ")
                    .append(knob.type().allowed())
                    .append("\n    ")
                    .append(knob.description())
                    .append("\n");
        }
        KnobCatalog.passThroughs().stream()
                .filter(family -> engine == null || family.namespace().appliesTo(engine))
                .forEach(family -> text.append(family.prefix())
                        .append("<engine key>\n    ")
                        .append(family.description())
                        .append("\n"));
        KnobCatalog.rules().stream()
                .filter(rule -> engine == null || rule.engines().contains(engine))
                .forEach(
                        rule -> text.append("rule: ").append(rule.description()).append("\n"));
        return text.toString();
    }

    /** Empty for an engine that opens no listener (Kafka Streams). */
    private static String loopbackSentence(PassThrough family) {
        if (family.loopbackKeys().isEmpty()) {
            return "";
        }
        return " Keys that decide where the engine listens are refused unless `" + BindSettings.BIND_ADDRESS.key()
                + "` is set: "
                + family.loopbackKeys().stream()
                        .sorted()
                        .map(key -> "`" + family.knobKey(key) + "`")
                        .collect(Collectors.joining(", "))
                + ".";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
