package dev.ide.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Raw setting values: an optional properties file, overridden by the environment (the environment wins).
 * Blank values count as unset.
 */
public final class SettingsSource {

    private final Map<String, String> values;

    private SettingsSource(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static SettingsSource of(Map<String, String> environment, Optional<Path> propertiesFile) {
        Map<String, String> values = new HashMap<>();
        if (propertiesFile.isPresent()) {
            Path file = propertiesFile.get();
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new ConfigException("--config", "cannot be read (" + e.getClass().getSimpleName() + ")");
            }
            properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        }
        environment.forEach((name, value) -> {
            if (value != null) {
                values.put(name, value);
            }
        });
        values.entrySet().removeIf(e -> e.getValue() == null || e.getValue().isBlank());
        return new SettingsSource(values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).map(String::trim);
    }
}
