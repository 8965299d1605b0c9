package dev.ide.app.config;

/** A setting has a bad value. The message names the setting and what is wrong, never the value itself. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String setting, String problem) {
        super((setting + " " + problem).strip(), null, false, false);
    }
}
