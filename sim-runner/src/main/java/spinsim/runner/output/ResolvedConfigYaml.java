package spinsim.runner.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code config.resolved.yaml}: the run's config with every default filled in (and the command
 * line's --seed / --replicas applied), in the config's own layout, so it can be run again as is.
 */
public final class ResolvedConfigYaml implements Output {
    public static final String FILE = "config.resolved.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    @Override
    public List<String> files() {
        return List.of(FILE);
    }

    @Override
    public void write(RunRecord run, Path dir) throws IOException {
        String header = "# spinsim " + Version.get() + ": resolved config of " + run.configSource()
                + " (every default filled in)\n"
                + "# run it again with: spinsim run " + FILE + "\n";
        String body = YAML.writeValueAsString(run.spec().resolved()).replace("\r\n", "\n");
        Files.writeString(dir.resolve(FILE), header + body, StandardCharsets.UTF_8);
    }
}
