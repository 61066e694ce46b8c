package spinsim.runner.output;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pretty-printed JSON of maps and lists in insertion order, with "\n" line ends on every
 * platform and a final newline, so the same content gives the same bytes.
 */
public final class Json {
    private static final ObjectWriter WRITER;

    static {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        WRITER = new ObjectMapper().writer(pp);
    }

    private Json() {
    }

    public static String toString(Object value) throws IOException {
        return WRITER.writeValueAsString(value) + "\n";
    }

    public static void write(Path file, Object value) throws IOException {
        Files.writeString(file, toString(value), StandardCharsets.UTF_8);
    }
}
