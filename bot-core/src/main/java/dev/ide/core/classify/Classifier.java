package dev.ide.core.classify;

import dev.ide.core.model.ChatMessage;
import dev.ide.core.model.ModelClient;
import dev.ide.core.model.ModelException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the classifier model what to do with a message. */
public final class Classifier {

    private static final Logger log = LoggerFactory.getLogger(Classifier.class);
    /** The seed classifies at 0.3: low, so that the JSON stays JSON. */
    static final double TEMPERATURE = 0.3;

    private final ModelClient model;
    private final String systemPrompt;
    private final ActionParser parser = new ActionParser();
    private final ClassifierGate gate;

    public Classifier(ModelClient model, String systemPrompt) {
        this(model, systemPrompt, ClassifierGate.OPEN);
    }

    /** @param gate says when the classifier is known to be down, so that it is not asked (and not waited for) */
    public Classifier(ModelClient model, String systemPrompt, ClassifierGate gate) {
        this.model = model;
        this.systemPrompt = systemPrompt;
        this.gate = gate;
    }

    public Classification classify(String context) {
        if (gate.knownDown()) {
            log.debug("classifier is down by the last health check; not asked");
            return Classification.failed(new ModelException(ModelException.Kind.UNREACHABLE,
                    model.backend().name() + ": down by the last health check"));
        }
        String answer;
        try {
            answer = model.chat(List.of(ChatMessage.system(systemPrompt), ChatMessage.user(context)), TEMPERATURE,
                    model.backend().maxTokens());
        } catch (ModelException e) {
            log.warn("classifier call failed: {} ({})", e.getMessage(), e.kind());
            return Classification.failed(e);
        }
        return parser.parse(answer).map(Classification::of).orElseGet(() -> {
            log.warn("classifier answer held no action ({} chars)", answer.length());
            return Classification.unreadable();
        });
    }
}
