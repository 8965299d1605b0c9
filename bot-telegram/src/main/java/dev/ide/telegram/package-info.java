/**
 * The Telegram adapter (product §5): Telegram updates become core messages, core's replies become Bot API calls.
 * Decisions (allowlist, commands, drafts, streaming, splitting) are core's; this package only translates.
 *
 * <h2>Entry point</h2>
 * {@link dev.ide.telegram.TelegramBot}: built by bot-app with {@link dev.ide.telegram.TelegramSettings},
 * {@code pipeline::accept} and the allowlist; {@code start()}, {@code replyChannelFor(message)} for recovery,
 * {@code close()}.
 *
 * <h2>Threads</h2>
 * <ul>
 *   <li><b>telegram-poll</b> (long polling): the telegrambots library runs getUpdates on it and hands each batch to
 *   {@code UpdateHandler} on the same thread, in order. Handling returns once core has persisted the message, so the
 *   next getUpdates (which confirms the offset to Telegram) never acknowledges an unsaved message; an update core
 *   could not take is asked for again after a pause (given up, with a polite reply, after a few attempts). A new
 *   session, with a new thread, replaces a stalled one.</li>
 *   <li><b>telegram-webhook</b> (webhook mode): the JDK HTTP server's request threads do the same per request and
 *   answer 200 after core accepted, 500 when core could not take the update (Telegram sends it again).</li>
 *   <li><b>telegram-watchdog</b>: checks that getUpdates keeps completing and restarts polling when it does not.</li>
 *   <li><b>telegram-typing</b>: one scheduler thread renews "typing" for every chat whose job is still working and
 *   has sent nothing yet ({@code TypingKeeper}).</li>
 *   <li><b>telegram-io</b>: replies the adapter makes on its own — the text-only notice, answering a button's
 *   callback — so that polling never waits for them.</li>
 *   <li>core's job threads call {@code TelegramReplyChannel}: send, edit, typing. A 429 or 5xx retry sleeps on the
 *   calling job thread, which delays only that conversation.</li>
 * </ul>
 *
 * <h2>Shared state</h2>
 * One {@code FloodControl} per bot (synchronized): the edit budget shared by all chats and the 429 penalty window.
 * One OkHttp client for API calls (thread-safe); polling gets its own dispatcher so that cancelling a hung poll
 * cancels no reply. The bot's identity (getMe) is a volatile field written once at start.
 */
package dev.ide.telegram;
