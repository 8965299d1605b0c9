package dev.ide.core.engine;

import dev.ide.core.model.ModelBackend;
import dev.ide.core.pipeline.Allowlist;
import dev.ide.core.pipeline.PipelineSettings;
import dev.ide.core.store.DraftStore;
import dev.ide.core.store.HistoryStore;
import dev.ide.core.store.JobStore;
import dev.ide.core.tool.Tool;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What the engine is built from: the two backends, the stores and tools that plug into core's ports, and settings.
 * The composition root (bot-app) fills it in; tests fill it with in-memory stores and loopback fakes.
 */
public record EngineParts(ModelBackend classifier, ModelBackend reasoner, HistoryStore history, DraftStore drafts,
                          JobStore jobs, List<Tool> tools, Allowlist allowlist, Clock clock,
                          PipelineSettings settings, Duration draftTtl, int reasonerConcurrency,
                          int maxWaitingPerConversation, int workerThreads) {

    public EngineParts {
        tools = List.copyOf(tools);
    }
}
