package dev.ide.app.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Raw setting values: an optional properties file, overridden by the environment (the environment wins).
 * Blank values count as unset, also in the environment: an empty variable does not hide the file's value.
 *
 * <p>The file may be written shell-style ({@code export KEY="value"}): a leading {@code export} and one pair of
 * quotes around a value are dropped. A key that is not a setting (misspelled, lower case) is refused, naming the
 * key and the file, so that it never silently falls back to the default.
 */
public final class SettingsSource {

    private final Map<String, String> values;

    private SettingsSource(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static SettingsSource of(Map<String, String> environment, Optional<Path> propertiesFile) {
        Map<String, String> values = new HashMap<>();
        propertiesFile.ifPresent(file -> values.putAll(readFile(file)));
        environment.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(name, value);
            }
        });
        values.entrySet().removeIf(e -> e.getValue() == null || e.getValue().isBlank());
        return new SettingsSource(values);
    }

    private static Map<String, String> readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("--config " + file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text.replaceAll("(?m)^([ \\t]*)export[ \\t]+", "$1")));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("--config " + file, "is not a properties file (" + e.getClass().getSimpleName()
                    + ")");
        }
        Map<String, String> values = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            check(name, file);
            values.put(name, unquoted(properties.getProperty(name).strip()));
        }
        return values;
    }

    private static void check(String name, Path file) {
        if (Settings.NAMES.contains(name)) {
            return;
        }
        String where = name + " in --config " + file;
        if (Settings.ENVIRONMENT_ONLY.contains(name)) {
            throw new ConfigException(where, "is read from the environment only (it is used before --config is read)");
        }
        String upper = name.toUpperCase(Locale.ROOT);
        Optional<String> near = Settings.NAMES.stream()
                .filter(known -> distance(upper, known) <= 2)
                .min(Comparator.comparingInt((String known) -> distance(upper, known)).thenComparing(known -> known));
        throw new ConfigException(where, "is not a setting" + near.map(k -> "; did you mean " + k + "?")
                .orElse(" (settings are the upper-case names in the README's settings table)"));
    }

    /** One pair of matching quotes around a value, as a shell file would have them. */
    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).map(String::trim);
    }
}
