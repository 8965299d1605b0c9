package dev.ide.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * The OpenAI-compatible client for one backend: chat completions (whole or streamed), the health GET, the
 * {@code /status} read and the one-token inference probe. Thread-safe; share one per backend.
 */
public final class ModelClient {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** Health and /status are small GETs; a server that needs longer than this is not healthy. */
    private static final Duration PROBE_GET_TIMEOUT = Duration.ofSeconds(10);
    /**
     * The one-token probe's own limit. {@code /status} waits for it, so it must not inherit the backend's timeout
     * (300 s for the reasoner by default). It stays above the 8000 ms 매우 바쁨 threshold, so a probe cut off here
     * still reads as 매우 바쁨 by the seed's rule.
     */
    public static final Duration INFERENCE_PROBE_TIMEOUT = Duration.ofSeconds(10);

    private final ModelBackend backend;
    private final OkHttpClient http;
    private final OkHttpClient quickHttp;
    private final OkHttpClient probeHttp;
    private final Duration probeTimeout;
    private final ObjectMapper json;

    public ModelClient(ModelBackend backend, OkHttpClient shared, ObjectMapper json) {
        this(backend, shared, json, INFERENCE_PROBE_TIMEOUT);
    }

    /**
     * @param probeTimeout the longest the one-token probe may take (capped by the backend's timeout); tests shorten
     *                     it, everything else uses {@link #INFERENCE_PROBE_TIMEOUT}
     */
    public ModelClient(ModelBackend backend, OkHttpClient shared, ObjectMapper json, Duration probeTimeout) {
        this.backend = backend;
        this.json = json;
        Duration timeout = backend.timeout();
        this.http = shared.newBuilder()
                .connectTimeout(Duration.ofMillis(Math.min(timeout.toMillis(), 10_000)))
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .build();
        Duration quick = timeout.compareTo(PROBE_GET_TIMEOUT) < 0 ? timeout : PROBE_GET_TIMEOUT;
        this.quickHttp = shared.newBuilder()
                .connectTimeout(quick).readTimeout(quick).callTimeout(quick).build();
        this.probeTimeout = timeout.compareTo(probeTimeout) < 0 ? timeout : probeTimeout;
        this.probeHttp = shared.newBuilder().connectTimeout(this.probeTimeout).readTimeout(this.probeTimeout)
                .writeTimeout(this.probeTimeout).callTimeout(this.probeTimeout).build();
    }

    public ModelBackend backend() {
        return backend;
    }

    /** One whole completion; returns the assistant's text. */
    public String chat(List<ChatMessage> messages, double temperature, int maxTokens) throws ModelException {
        return chat(http, messages, temperature, maxTokens);
    }

    private String chat(OkHttpClient client, List<ChatMessage> messages, double temperature, int maxTokens)
            throws ModelException {
        Request request = completionRequest(messages, temperature, maxTokens, false);
        try (Response response = execute(client.newCall(request))) {
            String body = response.body().string();
            JsonNode root = readJson(body);
            JsonNode content = root.path("choices").path(0).path("message").path("content");
            if (!content.isTextual()) {
                throw new ModelException(ModelException.Kind.UNREADABLE, backend.name() + ": no message content");
            }
            return content.asText();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /**
     * A streamed completion ({@code "stream": true}): each text delta goes to {@code onDelta} as it arrives.
     *
     * @param cancel aborts the call when cancelled, also before the first byte; then CANCELLED is thrown
     * @return the whole text
     * @throws ModelException when the call fails; a stream that breaks off midway throws too, after the deltas that
     *                        did arrive were delivered
     */
    public String stream(List<ChatMessage> messages, double temperature, int maxTokens, Consumer<String> onDelta,
                         CancelSignal cancel) throws ModelException {
        Request request = completionRequest(messages, temperature, maxTokens, true);
        Call call = http.newCall(request);
        StringBuilder whole = new StringBuilder();
        try (CancelSignal.Registration abort = cancel.whenCancelled(call::cancel);
             Response response = execute(call)) {
            BufferedSource source = response.body().source();
            boolean done = false;
            String line;
            while (!done && (line = source.readUtf8Line()) != null) {
                if (cancel.isCancelled()) {
                    call.cancel();
                    throw new ModelException(ModelException.Kind.CANCELLED, backend.name() + ": cancelled");
                }
                if (!line.startsWith("data:")) {
                    continue;
                }
                String data = line.substring(5).trim();
                if (data.equals("[DONE]")) {
                    done = true;
                    continue;
                }
                if (data.isEmpty()) {
                    continue;
                }
                JsonNode choice = readJson(data).path("choices").path(0);
                JsonNode delta = choice.path("delta").path("content");
                if (delta.isTextual() && !delta.asText().isEmpty()) {
                    whole.append(delta.asText());
                    onDelta.accept(delta.asText());
                }
                if (choice.path("finish_reason").isTextual()) {
                    done = true;
                }
            }
            if (!done) {
                throw new ModelException(ModelException.Kind.UNREADABLE,
                        backend.name() + ": stream ended before it was complete");
            }
            return whole.toString();
        } catch (IOException | ModelException e) {
            // an aborted call fails in whatever way the socket closing made it fail: the cause is the cancel
            if (cancel.isCancelled()) {
                throw new ModelException(ModelException.Kind.CANCELLED, backend.name() + ": cancelled");
            }
            throw e instanceof ModelException m ? m : translate((IOException) e);
        }
    }

    /** {@code GET {base}/v1/models}: 2xx is healthy. Never throws. */
    public HealthCheck health() {
        long start = System.nanoTime();
        Request request = new Request.Builder().url(backend.baseUrl() + "/v1/models").get().build();
        boolean healthy;
        try (Response response = quickHttp.newCall(request).execute()) {
            healthy = response.isSuccessful();
        } catch (IOException | RuntimeException e) {
            healthy = false;
        }
        double ms = Math.round((System.nanoTime() - start) / 100_000.0) / 10.0;
        return new HealthCheck(healthy, ms);
    }

    /** {@code GET {base}/status}; empty when the backend does not support it (404, error, not JSON). */
    public Optional<StatusSnapshot> status() {
        Request request = new Request.Builder().url(backend.baseUrl() + "/status").get().build();
        try (Response response = quickHttp.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                return Optional.empty();
            }
            JsonNode root = json.readTree(response.body().string());
            if (root == null || !root.isObject()) {
                return Optional.empty();
            }
            // A counter that is missing, negative or not a whole number is unknown, never read as 0: without a usable
            // active_jobs the answer says nothing about the load (the hybrid rule applies, as for "unsupported").
            JsonNode active = root.path("active_jobs");
            if (!isCount(active) || !active.canConvertToInt()) {
                return Optional.empty();
            }
            JsonNode total = root.path("total_requests");
            return Optional.of(new StatusSnapshot(active.intValue(),
                    isCount(total) && total.canConvertToLong() ? total.longValue() : null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isCount(JsonNode node) {
        return node.isIntegralNumber() && node.bigIntegerValue().signum() >= 0;
    }

    /**
     * A one-token completion under the probe's own limit ({@link #INFERENCE_PROBE_TIMEOUT}, not the backend's
     * timeout). Never throws.
     */
    public InferenceProbe probeInference() {
        long start = System.nanoTime();
        InferenceProbe.Outcome outcome;
        try {
            chat(probeHttp, List.of(ChatMessage.user("hi")), 0.0, 1);
            outcome = InferenceProbe.Outcome.ANSWERED;
        } catch (ModelException e) {
            outcome = e.kind() == ModelException.Kind.TIMEOUT
                    ? InferenceProbe.Outcome.TIMED_OUT : InferenceProbe.Outcome.FAILED;
        }
        return new InferenceProbe(outcome, Math.round((System.nanoTime() - start) / 100_000.0) / 10.0);
    }

    /** The probe's limit for this backend: {@link #INFERENCE_PROBE_TIMEOUT} or the backend's timeout if shorter. */
    public Duration probeTimeout() {
        return probeTimeout;
    }

    private Request completionRequest(List<ChatMessage> messages, double temperature, int maxTokens, boolean stream) {
        ObjectNode body = json.createObjectNode();
        body.put("model", backend.model());
        ArrayNode array = body.putArray("messages");
        for (ChatMessage message : messages) {
            array.addObject().put("role", message.role()).put("content", message.content());
        }
        body.put("temperature", temperature);
        body.put("max_tokens", maxTokens);
        body.put("stream", stream);
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a request body", e);
        }
        return new Request.Builder()
                .url(backend.baseUrl() + "/v1/chat/completions")
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .post(RequestBody.create(bytes, JSON))
                .build();
    }

    private Response execute(Call call) throws ModelException {
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw translate(e);
        }
        if (!response.isSuccessful()) {
            int code = response.code();
            response.close();
            throw new ModelException(ModelException.Kind.HTTP_STATUS, backend.name() + ": HTTP " + code, code, null);
        }
        return response;
    }

    private JsonNode readJson(String text) throws ModelException {
        try {
            JsonNode node = json.readTree(text);
            if (node == null) {
                throw new ModelException(ModelException.Kind.UNREADABLE, backend.name() + ": empty body");
            }
            return node;
        } catch (IOException e) {
            throw new ModelException(ModelException.Kind.UNREADABLE, backend.name() + ": body is not JSON", 0, e);
        }
    }

    private ModelException translate(IOException e) {
        if (e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
            return new ModelException(ModelException.Kind.TIMEOUT,
                    backend.name() + ": no answer within " + backend.timeout().toSeconds() + " s", 0, e);
        }
        if ("Canceled".equalsIgnoreCase(e.getMessage())) {
            return new ModelException(ModelException.Kind.CANCELLED, backend.name() + ": cancelled", 0, e);
        }
        return new ModelException(ModelException.Kind.UNREACHABLE,
                backend.name() + ": cannot connect (" + e.getClass().getSimpleName() + ")", 0, e);
    }

    /** Used by tests and the composition root to build a shared client with sane defaults. */
    public static OkHttpClient defaultHttpClient() {
        return httpClientFor(List.of("https:"));
    }

    /**
     * A shared client for these server roots. When none is {@code https}, the client is cleartext-only: building a
     * TLS-capable client loads the platform's trust store and cipher suites, a tenth of a second at every start
     * that models on the owner's own network never use.
     */
    public static OkHttpClient httpClientFor(Collection<String> baseUrls) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder().retryOnConnectionFailure(true)
                .connectTimeout(10, TimeUnit.SECONDS);
        if (baseUrls.stream().noneMatch(url -> url.regionMatches(true, 0, "https:", 0, 6))) {
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        return builder.build();
    }
}
