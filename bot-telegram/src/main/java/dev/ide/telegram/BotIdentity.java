package dev.ide.telegram;

/** Who this bot is on Telegram, learnt from getMe: its user id (for replies to it) and @username (for mentions). */
record BotIdentity(long id, String username) {

    static final BotIdentity UNKNOWN = new BotIdentity(0, null);
}
