package dev.ide.app.faults;

import java.util.Map;

/**
 * Distinctive fake secrets configured for every bot in the fault suite, so that a scan of the logs, replies and
 * status output can prove none of them leaks. The real test servers (Radicale, GreenMail) accept these passwords.
 */
final class Secrets {

    static final String TELEGRAM_BOT_TOKEN = "7007007007:AAFakeTelegramTokenZq9xK3pLm";
    static final String SLACK_BOT_TOKEN = "xoxb-fake-slack-bot-Zq9xK3pLm";
    static final String SLACK_APP_TOKEN = "xapp-fake-slack-app-Zq9xK3pLm";
    static final String SLACK_SIGNING_SECRET = "fake-slack-signing-Zq9xK3pLm";
    static final String CALDAV_PASSWORD = "fake-caldav-password-Zq9xK3pLm";
    static final String IMAP_PASSWORD = "fake-imap-password-Zq9xK3pLm";

    /** Setting name to value, as the environment gives them. */
    static final Map<String, String> ALL = Map.of(
            "TELEGRAM_BOT_TOKEN", TELEGRAM_BOT_TOKEN,
            "SLACK_BOT_TOKEN", SLACK_BOT_TOKEN,
            "SLACK_APP_TOKEN", SLACK_APP_TOKEN,
            "SLACK_SIGNING_SECRET", SLACK_SIGNING_SECRET,
            "CALDAV_PASSWORD", CALDAV_PASSWORD,
            "IMAP_PASSWORD", IMAP_PASSWORD);

    private Secrets() {
    }

    /** The names of the settings whose values occur in the text (never the values themselves). */
    static java.util.List<String> foundIn(String text) {
        if (text == null) {
            return java.util.List.of();
        }
        return ALL.entrySet().stream().filter(e -> text.contains(e.getValue())).map(Map.Entry::getKey).sorted()
                .toList();
    }
}
