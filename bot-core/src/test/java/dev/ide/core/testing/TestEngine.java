package dev.ide.core.testing;

import dev.ide.core.engine.Engine;
import dev.ide.core.engine.EngineParts;
import dev.ide.core.message.Platform;
import dev.ide.core.model.ModelBackend;
import dev.ide.core.model.Role;
import dev.ide.core.pipeline.Allowlist;
import dev.ide.core.pipeline.Pipeline;
import dev.ide.core.pipeline.PipelineSettings;
import dev.ide.core.store.InMemoryDraftStore;
import dev.ide.core.store.InMemoryHistoryStore;
import dev.ide.core.store.InMemoryJobStore;
import dev.ide.core.tool.Tool;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole engine for tests of core and of the adapters: a real {@link Pipeline} over in-memory stores, two loopback
 * {@link FakeModelServer}s (classifier and reasoner) and a {@link RecordingCalendarTool}.
 *
 * <pre>{@code
 * try (TestEngine engine = TestEngine.allowing(Platform.TELEGRAM, "42")) {
 *     engine.classifier().replying("{\"action\":\"direct\",\"response\":\"안녕하세요\"}");
 *     engine.pipeline().accept(message, channel);
 * }
 * }</pre>
 */
public final class TestEngine implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private final FakeModelServer classifier = new FakeModelServer().start();
    private final FakeModelServer reasoner = new FakeModelServer().start();
    private final RecordingCalendarTool calendar = new RecordingCalendarTool();
    private final InMemoryHistoryStore history = new InMemoryHistoryStore();
    private final InMemoryJobStore jobs = new InMemoryJobStore();
    private final InMemoryDraftStore drafts = new InMemoryDraftStore();
    private final Engine engine;

    private TestEngine(Map<Platform, Set<String>> allowed, Clock clock, List<Tool> extraTools) {
        List<Tool> tools = new ArrayList<>(extraTools);
        tools.add(calendar);
        engine = new Engine(new EngineParts(
                new ModelBackend(Role.CLASSIFIER, "EXAONE", classifier.baseUrl(), "exaone-test", 0.3, 512,
                        Duration.ofSeconds(5)),
                new ModelBackend(Role.REASONER, "Gemma4", reasoner.baseUrl(), "gemma-test", 0.7, 2048,
                        Duration.ofSeconds(5)),
                history, drafts, jobs, tools, new Allowlist(allowed), clock,
                PipelineSettings.defaults(ZONE, "EXAONE"), Duration.ofMinutes(30), 1, 200, 16));
    }

    /** An engine whose allowlist lets in the given user on the given platform. */
    public static TestEngine allowing(Platform platform, String... userIds) {
        return new TestEngine(Map.of(platform, Set.of(userIds)), Clock.system(ZONE), List.of());
    }

    public static TestEngine create(Map<Platform, Set<String>> allowed, Clock clock, List<Tool> extraTools) {
        return new TestEngine(allowed, clock, extraTools);
    }

    public Pipeline pipeline() {
        return engine.pipeline();
    }

    public Engine engine() {
        return engine;
    }

    public FakeModelServer classifier() {
        return classifier;
    }

    public FakeModelServer reasoner() {
        return reasoner;
    }

    public RecordingCalendarTool calendar() {
        return calendar;
    }

    public InMemoryHistoryStore history() {
        return history;
    }

    public InMemoryJobStore jobs() {
        return jobs;
    }

    /** Model calls made so far, both models together (completions only; health GETs do not count). */
    public int modelCalls() {
        return classifier.completionCount() + reasoner.completionCount();
    }

    @Override
    public void close() {
        engine.close();
        classifier.close();
        reasoner.close();
    }
}
