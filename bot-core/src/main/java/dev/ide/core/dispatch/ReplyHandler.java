package dev.ide.core.dispatch;

import dev.ide.core.classify.Action;
import dev.ide.core.reply.Replies;

/** direct and clarify: the classifier's own words go to the user. */
public final class ReplyHandler {

    private ReplyHandler() {
    }

    public static ActionHandler<Action.Direct> direct() {
        return (action, context) -> say(action.response(), context);
    }

    public static ActionHandler<Action.Clarify> clarify() {
        return (action, context) -> say(action.response(), context);
    }

    private static Answered say(String text, DispatchContext context) {
        Replies.send(context.channel(), text);
        return Answered.ok(text);
    }
}
