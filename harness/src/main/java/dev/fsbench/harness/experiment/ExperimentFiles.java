package dev.fsbench.harness.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The experiment files a command line names: files as given, a directory as its *.yaml / *.yml files by name. */
public final class ExperimentFiles {

    private ExperimentFiles() {}

    /** @throws IllegalArgumentException for a directory without experiment files */
    public static List<Path> expand(List<Path> given) {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> entries = Files.list(path)) {
                List<Path> yaml = entries.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                        .sorted()
                        .toList();
                if (yaml.isEmpty()) {
                    throw new IllegalArgumentException("directory " + path + " holds no experiment (*.yaml) files");
                }
                files.addAll(yaml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
