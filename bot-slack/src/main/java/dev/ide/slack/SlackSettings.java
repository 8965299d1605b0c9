package dev.ide.slack;

/**
 * How the Slack adapter connects, built by the app from {@code SLACK_*} settings (product §7). Socket Mode when an
 * app-level token is set, otherwise the HTTP Events API on {@code port}, verified with the signing secret.
 *
 * @param botToken      {@code xoxb-…}, for the Web API
 * @param appToken      {@code xapp-…} with {@code connections:write}, or null for HTTP mode
 * @param signingSecret verifies HTTP requests; required in HTTP mode, unused in Socket Mode
 * @param bindHost      the interface the HTTP mode listens on ({@code 0.0.0.0} in production, loopback in tests)
 * @param port          the HTTP mode port; 0 picks a free one
 * @param apiUrl        the Web API root, ending in {@code /api/} (Slack's own by default)
 * @param slashCommand  the slash command this app registered, e.g. {@code /ide}
 */
public record SlackSettings(String botToken, String appToken, String signingSecret, String bindHost, int port,
                            String apiUrl, String slashCommand) {

    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    public static final String DEFAULT_COMMAND = "/ide";
    public static final int DEFAULT_PORT = 3000;

    public SlackSettings {
        if (blank(botToken)) {
            throw new IllegalArgumentException("SLACK_BOT_TOKEN is required for Slack");
        }
        appToken = blank(appToken) ? null : appToken.strip();
        signingSecret = blank(signingSecret) ? null : signingSecret.strip();
        if (appToken == null && signingSecret == null) {
            throw new IllegalArgumentException(
                    "Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP Events API)");
        }
        if (appToken != null && !appToken.startsWith("xapp-")) {
            throw new IllegalArgumentException("SLACK_APP_TOKEN must be an app-level token (xapp-…)");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SLACK_PORT must be between 0 and 65535");
        }
        bindHost = blank(bindHost) ? "0.0.0.0" : bindHost.strip();
        apiUrl = blank(apiUrl) ? DEFAULT_API_URL : apiUrl.strip();
        if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
            throw new IllegalArgumentException("SLACK_API_URL must be an http(s) URL");
        }
        if (!apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
        slashCommand = blank(slashCommand) ? DEFAULT_COMMAND : slashCommand.strip();
        if (!slashCommand.matches("/[a-z0-9_\\-]{1,31}")) {
            throw new IllegalArgumentException("the Slack slash command must look like /ide");
        }
        botToken = botToken.strip();
    }

    /** Settings with the defaults for everything but the credentials. */
    public static SlackSettings of(String botToken, String appToken, String signingSecret) {
        return new SlackSettings(botToken, appToken, signingSecret, null, DEFAULT_PORT, null, null);
    }

    public boolean socketMode() {
        return appToken != null;
    }

    public SlackSettings withPort(String host, int newPort) {
        return new SlackSettings(botToken, appToken, signingSecret, host, newPort, apiUrl, slashCommand);
    }

    public SlackSettings withApiUrl(String url) {
        return new SlackSettings(botToken, appToken, signingSecret, bindHost, port, url, slashCommand);
    }

    public SlackSettings withSlashCommand(String command) {
        return new SlackSettings(botToken, appToken, signingSecret, bindHost, port, apiUrl, command);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Never shows a secret: only whether each one is set. */
    @Override
    public String toString() {
        return "SlackSettings[mode=" + (socketMode() ? "socket" : "http " + bindHost + ":" + port)
                + ", botToken=" + mask(botToken) + ", appToken=" + mask(appToken)
                + ", signingSecret=" + mask(signingSecret) + ", apiUrl=" + apiUrl
                + ", slashCommand=" + slashCommand + "]";
    }

    private static String mask(String secret) {
        return secret == null ? "unset" : "***";
    }
}
