package spinsim.runner.config;

/**
 * A bad config value: names the file, the key path, the value and what is allowed, in one line.
 */
public final class ConfigException extends Exception {
    private final String file;
    private final String keyPath;
    private final String value;
    private final String allowed;

    public ConfigException(String file, String keyPath, String value, String allowed) {
        super(file + ": " + (keyPath.isEmpty() ? "(top level)" : keyPath)
                + (value == null ? "" : " = " + value) + ": " + allowed);
        this.file = file;
        this.keyPath = keyPath;
        this.value = value;
        this.allowed = allowed;
    }

    public String file() {
        return file;
    }

    public String keyPath() {
        return keyPath;
    }

    public String value() {
        return value;
    }

    public String allowed() {
        return allowed;
    }
}
