package dev.ide.db;

import dev.ide.core.message.ConversationKey;
import dev.ide.core.store.Turn;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a second JVM by {@link DatabaseSharedBetweenProcessesIT}: opens the data folder another process holds,
 * prints the conversation's turns it sees (one per line), then appends one. Arguments: dataDir, conversation, text.
 */
public final class AppendTurnMain {

    private AppendTurnMain() {
    }

    public static void main(String[] args) {
        ConversationKey conversation = ConversationKey.parse(args[1]);
        try (Database db = Database.open(Path.of(args[0]))) {
            JdbcHistoryStore history = new JdbcHistoryStore(db);
            for (Turn turn : history.recent(conversation, 100)) {
                System.out.println("seen: " + turn.text());
            }
            history.append(conversation, Turn.user(args[2], Instant.parse("2026-11-27T00:00:01Z")));
        }
    }
}
