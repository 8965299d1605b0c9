package dev.ide.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.Platform;
import dev.ide.core.store.HistoryStore;
import dev.ide.core.store.HistoryStoreContract;
import dev.ide.core.store.Turn;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcHistoryStoreTest extends HistoryStoreContract {

    private Database database;

    @Override
    protected HistoryStore newStore() {
        database = TestDatabases.inMemory();
        return new JdbcHistoryStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void an_exchange_is_stored_all_or_none() {
        JdbcHistoryStore history = new JdbcHistoryStore(database);
        ConversationKey chat = new ConversationKey(Platform.TELEGRAM, "42");
        Instant at = Instant.parse("2026-11-27T01:00:00Z");

        // the answer cannot be stored (NOT NULL): the question must not stay behind without it
        assertThatThrownBy(() -> history.append(chat, Turn.user("질문", at), Turn.assistant(null, at)))
                .isInstanceOf(StoreException.class);
        history.append(chat, Turn.user("다음 질문", at), Turn.assistant("답", at));

        assertThat(history.recent(chat, 10)).extracting(Turn::text).containsExactly("다음 질문", "답");
    }
}
