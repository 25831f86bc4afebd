package dev.fsbench.harness.scenario;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The one place that says what a scenario name may be. A name becomes part of file, directory and Kafka topic
 * names (a workload's label: {@code <engine>-<scenario>}) and is shown in reports, so it is kept to characters
 * that need no escaping anywhere: 1 to 64 of {@code A-Z a-z 0-9 . _ -}, starting with a letter or a digit. Two
 * names can then never differ only in characters a file name would have to replace ("a b" and "a_b").
 * Checked where scenario files are read and where a name is taken from a file's name, before anything starts.
 */
public final class ScenarioName {
    public static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final String ALLOWED_TEXT =
            "1 to 64 of the characters A-Z a-z 0-9 . _ - (starting with a letter or a digit)";

    private ScenarioName() {}

    /**
     * @param origin where the name comes from, e.g. "scenario scenarios/smoke.yaml"
     * @return {@code name}, when allowed
     * @throws IllegalArgumentException naming the origin, the name and the allowed set
     */
    public static String check(String name, String origin) {
        if (name == null || !ALLOWED.matcher(name).matches()) {
            throw new IllegalArgumentException(origin + ": scenario name " + shown(name) + " is not allowed; a"
                    + " scenario name is " + ALLOWED_TEXT + ", pattern " + ALLOWED.pattern());
        }
        return name;
    }

    /** The name a scenario file without a {@code name:} key gets: its file name without .yaml / .yml. */
    public static String fromFileName(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return check(name, "scenario " + file + " has no name: key, so its file name is its name, and");
    }

    /** The name quoted, with control and other invisible characters as \\uXXXX so a terminal shows them. */
    private static String shown(String name) {
        if (name == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder("'");
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || !Character.isDefined(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append("'").toString();
    }
}
