package dev.ide.core.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ide.core.classify.Classifier;
import dev.ide.core.classify.Prompts;
import dev.ide.core.dispatch.ActionDispatcher;
import dev.ide.core.dispatch.ReplyHandler;
import dev.ide.core.dispatch.RouteHandler;
import dev.ide.core.dispatch.ToolHandler;
import dev.ide.core.drafts.Drafts;
import dev.ide.core.jobs.JobQueue;
import dev.ide.core.model.ModelClient;
import dev.ide.core.pipeline.Pipeline;
import dev.ide.core.registry.BackendRegistry;
import dev.ide.core.registry.HealthLoop;
import dev.ide.core.registry.RegistryClassifierGate;
import dev.ide.core.registry.RegistryReasonerGate;
import dev.ide.core.registry.StatusReport;
import dev.ide.core.registry.StatusText;
import dev.ide.core.tool.ToolRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * Core's own assembly: model clients, registry, queue, handlers and the pipeline, built from {@link EngineParts}.
 * Platforms, stores and tools are not built here; they arrive through the parts.
 */
public final class Engine implements AutoCloseable {

    private final EngineParts parts;
    private final OkHttpClient http;
    private final JobQueue queue;
    private final BackendRegistry registry;
    private final Drafts drafts;
    private final Pipeline pipeline;
    private final Instant startedAt;
    private HealthLoop healthLoop;

    public Engine(EngineParts parts) {
        this.parts = parts;
        this.startedAt = parts.clock().instant();
        this.http = ModelClient.httpClientFor(List.of(parts.classifier().baseUrl(), parts.reasoner().baseUrl()));
        ObjectMapper json = new ObjectMapper();
        ModelClient classifierClient = new ModelClient(parts.classifier(), http, json);
        ModelClient reasonerClient = new ModelClient(parts.reasoner(), http, json);
        this.queue = new JobQueue(workers(parts.workerThreads()), parts.reasonerConcurrency(),
                parts.maxWaitingPerConversation());
        this.registry = new BackendRegistry(classifierClient, reasonerClient, parts.clock(),
                () -> queue.stats().active());
        this.drafts = new Drafts(parts.drafts(), parts.clock(), parts.draftTtl());
        Prompts prompts = Prompts.fromResources();
        ToolHandler tools = new ToolHandler(new ToolRegistry(parts.tools()), drafts, parts.clock(),
                parts.settings().zone());
        RouteHandler route = new RouteHandler(reasonerClient, prompts.reasoner(), parts.history(),
                parts.settings().historyTurns(), queue,
                new RegistryReasonerGate(registry, parts.reasoner().name()), parts.clock());
        ActionDispatcher dispatcher = new ActionDispatcher(ReplyHandler.direct(), ReplyHandler.clarify(), route,
                tools);
        Classifier classifier = new Classifier(classifierClient, prompts.classifier(),
                new RegistryClassifierGate(registry));
        this.pipeline = new Pipeline(parts.allowlist(), parts.jobs(), parts.history(), drafts, queue, classifier,
                dispatcher, tools, () -> statusText(true), parts.clock(), parts.settings());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public BackendRegistry registry() {
        return registry;
    }

    public JobQueue queue() {
        return queue;
    }

    public Drafts drafts() {
        return drafts;
    }

    /** Both backends and the queue, read now; forced reads as the seed's force_measure. */
    public StatusReport statusReport(boolean force) {
        return StatusReport.collect(registry, force, queue.stats(),
                Duration.between(startedAt, parts.clock().instant()));
    }

    public String statusText(boolean force) {
        return StatusText.render(statusReport(force));
    }

    /** Starts the health loop (a round at once, then every interval). */
    public synchronized void startHealthLoop(Duration interval) {
        if (healthLoop == null) {
            healthLoop = new HealthLoop(registry, interval);
            healthLoop.start();
        }
    }

    @Override
    public synchronized void close() {
        if (healthLoop != null) {
            healthLoop.close();
        }
        queue.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private static ExecutorService workers(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "ide-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
