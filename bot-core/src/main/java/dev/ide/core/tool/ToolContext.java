package dev.ide.core.tool;

import dev.ide.core.drafts.Drafts;
import dev.ide.core.message.ConversationKey;
import java.time.Clock;
import java.time.ZoneId;

/** Who asks, from where, and the engine services a tool may use. */
public record ToolContext(ConversationKey conversation, String userId, boolean privateChat, Drafts drafts,
                          Clock clock, ZoneId zone) {
}
