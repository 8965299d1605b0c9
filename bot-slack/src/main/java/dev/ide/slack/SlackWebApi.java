package dev.ide.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.webhook.WebhookResponse;
import dev.ide.core.message.Button;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three Web API calls the bot makes — post, update, answer a slash command — with Slack's escaping applied to
 * every text and Slack's retry rules around every call.
 */
final class SlackWebApi {

    /** Action ids of our buttons start with this; the block-actions handler listens for it. */
    static final String ACTION_PREFIX = "ide_button_";
    private static final int SECTION_LIMIT = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Slack slack;
    private final MethodsClient methods;
    private final Retrying retrying;
    private final FloodControl flood;

    SlackWebApi(Slack slack, String botToken, Retrying retrying, FloodControl flood) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
        this.retrying = retrying;
        this.flood = flood;
    }

    /** Posts a message (in a thread when {@code threadTs} is set); returns its ts. */
    Optional<String> post(String channel, String threadTs, String text, List<Button> buttons) {
        String escaped = SlackText.forSlack(text);
        List<LayoutBlock> blocks = buttons.isEmpty() ? null : withButtons(escaped, buttons);
        return retrying.run("chat.postMessage", () -> {
            ChatPostMessageResponse r = methods.chatPostMessage(req -> req.channel(channel).threadTs(threadTs)
                    .text(escaped).blocks(blocks).unfurlLinks(false).unfurlMedia(false));
            if (!r.isOk()) {
                throw new Retrying.ApiError(r.getError());
            }
            return r.getTs();
        }, wait -> flood.rateLimited(channel, wait));
    }

    /** Replaces a message's text and removes any buttons it had. */
    boolean update(String channel, String ts, String text) {
        String escaped = SlackText.forSlack(text);
        return retrying.run("chat.update", () -> {
            // Without blocks, Slack keeps the old ones (and their buttons); an empty list removes them.
            ChatUpdateResponse r = methods.chatUpdate(req -> req.channel(channel).ts(ts).text(escaped)
                    .blocksAsString("[]"));
            if (!r.isOk()) {
                throw new Retrying.ApiError(r.getError());
            }
            return Boolean.TRUE;
        }, wait -> flood.rateLimited(channel, wait)).orElse(false);
    }

    /** Answers a slash command through its response_url, visible only to the user who typed it. */
    boolean respond(String responseUrl, String text) {
        String payload;
        try {
            payload = JSON.writeValueAsString(Map.of("response_type", "ephemeral",
                    "text", SlackText.forSlack(text)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return retrying.run("response_url", () -> {
            WebhookResponse r = slack.send(responseUrl, payload);
            if (r.getCode() / 100 != 2) {
                String retryAfter = r.getHeaders() == null ? null
                        : r.getHeaders().getOrDefault("retry-after", List.of()).stream().findFirst().orElse(null);
                throw new Retrying.StatusException(r.getCode(), retryAfter);
            }
            return Boolean.TRUE;
        }, wait -> { }).orElse(false);
    }

    boolean editsAllowed(String channel) {
        return flood.editsAllowed(channel);
    }

    private static List<LayoutBlock> withButtons(String escapedText, List<Button> buttons) {
        List<BlockElement> elements = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i++) {
            Button b = buttons.get(i);
            String actionId = ACTION_PREFIX + i;
            elements.add(button(e -> e.actionId(actionId).text(plainText(b.label())).value(b.callbackData())));
        }
        // A section holds at most 3,000 characters; a longer text (rare for a draft) is cut rather than refused.
        String shown = escapedText.length() <= SECTION_LIMIT ? escapedText
                : escapedText.substring(0, SECTION_LIMIT - 1) + "…";
        return List.of(section(s -> s.text(markdownText(shown))), actions(a -> a.elements(elements)));
    }
}
