package dev.ide.core.classify;

/**
 * Whether the classifier is worth asking now. While the health loop has it down, a call would only wait out its
 * timeout; the pipeline then goes straight to the rule-based router (product §6). Read per message, so the classifier
 * is asked again as soon as a health round sees it up.
 */
@FunctionalInterface
public interface ClassifierGate {

    /** True only when the classifier is known to be down right now; unknown (no health round yet) is false. */
    boolean knownDown();

    /** Always ask (no health information, e.g. in a one-shot command). */
    ClassifierGate OPEN = () -> false;
}
