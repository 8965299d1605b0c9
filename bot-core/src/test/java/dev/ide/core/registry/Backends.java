package dev.ide.core.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ide.core.model.ModelBackend;
import dev.ide.core.model.ModelClient;
import dev.ide.core.model.Role;
import dev.ide.core.testing.FakeModelServer;
import dev.ide.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/** Two loopback fake model servers, their clients, a hand-moved clock and the registry over them. */
final class Backends implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-27T01:00:00Z");

    final FakeModelServer classifierServer = new FakeModelServer().start();
    final FakeModelServer reasonerServer = new FakeModelServer().start();
    final MutableClock clock = new MutableClock(START);
    final AtomicInteger activeLocalJobs = new AtomicInteger();
    final BackendRegistry registry;

    Backends() {
        OkHttpClient http = ModelClient.defaultHttpClient();
        ObjectMapper json = new ObjectMapper();
        ModelClient classifier = new ModelClient(new ModelBackend(Role.CLASSIFIER, "EXAONE",
                classifierServer.baseUrl(), "exaone-3.5-7.8b", 0.3, 1024, Duration.ofSeconds(10)), http, json);
        ModelClient reasoner = new ModelClient(new ModelBackend(Role.REASONER, "Gemma4",
                reasonerServer.baseUrl(), "gemma-4-27b", 0.7, 16000, Duration.ofSeconds(10)), http, json);
        registry = new BackendRegistry(classifier, reasoner, clock, activeLocalJobs::get);
    }

    FakeModelServer server(Role role) {
        return role == Role.CLASSIFIER ? classifierServer : reasonerServer;
    }

    @Override
    public void close() {
        classifierServer.close();
        reasonerServer.close();
    }
}
