package dev.ide.core.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed's two prompts, verbatim, read from resources next to this class. */
public record Prompts(String classifier, String reasoner) {

    public static Prompts fromResources() {
        return new Prompts(read("classifier-prompt.txt"), read("reasoner-prompt.txt"));
    }

    private static String read(String name) {
        try (InputStream in = Prompts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing prompt resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
