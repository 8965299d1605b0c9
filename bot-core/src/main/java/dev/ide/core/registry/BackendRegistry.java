package dev.ide.core.registry;

import dev.ide.core.model.HealthCheck;
import dev.ide.core.model.InferenceProbe;
import dev.ide.core.model.ModelClient;
import dev.ide.core.model.Role;
import dev.ide.core.model.StatusSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows how each backend is doing: health and its latency baseline, the cached {@code /status} counters, the
 * inference probe, and the load word derived from them. The rules are the seed's {@code BackendRegistry}, except
 * that the load is never guessed: a backend that is down or not yet checked, or whose probe failed, is 알 수 없음, and a
 * probe cut off at its own limit ({@link ModelClient#INFERENCE_PROBE_TIMEOUT}) is 매우 바쁨.
 *
 * <p>Threads: the health loop calls {@link #checkAll()}, job threads and {@code /status} call the readers. Per-role
 * state is guarded by this object's monitor; HTTP calls happen outside it, so a slow backend never blocks a reader.
 * The inference probe is one at a time across both roles ({@code measureLock}), as the seed's {@code _measure_lock}.
 */
public final class BackendRegistry {

    private static final Logger log = LoggerFactory.getLogger(BackendRegistry.class);

    /** Baseline shown and used before the first healthy sample (the seed's default). */
    static final double DEFAULT_BASELINE_MS = 50;
    /** A probe result is used for this long. */
    static final Duration INFERENCE_CACHE = Duration.ofSeconds(30);
    /** No new probe this soon after the last one, even when forced. */
    static final Duration INFERENCE_COOLDOWN = Duration.ofSeconds(10);

    private final Map<Role, ModelClient> clients = new EnumMap<>(Role.class);
    private final Map<Role, State> states = new EnumMap<>(Role.class);
    private final Clock clock;
    private final IntSupplier localActiveJobs;
    private final ReentrantLock measureLock = new ReentrantLock();

    /**
     * @param localActiveJobs the bot's own running jobs (the job queue's active counter); the asking job counts
     */
    public BackendRegistry(ModelClient classifier, ModelClient reasoner, Clock clock, IntSupplier localActiveJobs) {
        clients.put(Role.CLASSIFIER, Objects.requireNonNull(classifier, "classifier"));
        clients.put(Role.REASONER, Objects.requireNonNull(reasoner, "reasoner"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.localActiveJobs = Objects.requireNonNull(localActiveJobs, "localActiveJobs");
        for (Role role : Role.values()) {
            states.put(role, new State());
        }
    }

    /**
     * One health round: for each backend the health GET, then — while it is up — {@code GET /status}, cached. The two
     * backends are checked at the same time (the classifier on a short-lived thread of its own, the reasoner on the
     * caller's), so two silent servers cost one 10 s wait, not two; every call is bounded by the client's limits.
     */
    public void checkAll() {
        Thread classifier = new Thread(() -> check(Role.CLASSIFIER), "ide-health-classifier");
        classifier.setDaemon(true);
        classifier.start();
        try {
            check(Role.REASONER);
        } finally {
            try {
                classifier.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void check(Role role) {
        ModelClient client = clients.get(role);
        HealthCheck health = client.health();
        recordHealth(role, health);
        // A backend that is down cannot answer /status either; asking would only double the wait.
        recordStatus(role, health.healthy() ? client.status() : Optional.empty());
    }

    /** The last health round's verdict; false until the first round. */
    public synchronized boolean isHealthy(Role role) {
        return states.get(role).healthy;
    }

    /** When the last health round checked this role; empty before the first. */
    public synchronized Optional<Instant> lastCheckedAt(Role role) {
        return Optional.ofNullable(states.get(role).checkedAt);
    }

    /** Name, model id, health and latency of both roles, as the last round saw them. */
    public synchronized Map<Role, HealthSummary> healthSummary() {
        Map<Role, HealthSummary> result = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            State state = states.get(role);
            ModelClient client = clients.get(role);
            result.put(role, new HealthSummary(client.backend().name(), client.backend().model(), state.healthy,
                    state.latencyMs));
        }
        return result;
    }

    /**
     * The load of one role: the {@code /status} counters when the backend has them (read fresh when forced), else
     * the hybrid rule, which may send a one-token probe (one at a time; cached 30 s; 10 s cooldown).
     *
     * @param forceMeasure as the seed's {@code force_measure}: {@code /status} and a user asking want fresh data
     */
    public LoadStatus loadStatus(Role role, boolean forceMeasure) {
        double healthMs;
        double baseline;
        synchronized (this) {
            healthMs = states.get(role).latencyMs;
            baseline = baselineOf(states.get(role));
        }

        StatusSnapshot status;
        if (forceMeasure) {
            Optional<StatusSnapshot> fresh = clients.get(role).status();
            if (fresh.isPresent()) {
                recordStatus(role, fresh);
            }
            status = fresh.orElse(null);
        } else {
            synchronized (this) {
                status = states.get(role).status;
            }
        }
        if (status != null) {
            return new LoadStatus(LoadRules.fromActiveJobs(status.activeJobs()), LoadSource.STATUS_API,
                    status.activeJobs(), status.totalRequests(), healthMs, round1(baseline), null, false);
        }

        Reading cached;
        boolean cacheValid;
        boolean coolingDown;
        boolean noHealthReading;
        synchronized (this) {
            State state = states.get(role);
            cached = state.cachedReading();
            cacheValid = isYoungerThan(state.inferenceAt, INFERENCE_CACHE);
            coolingDown = isYoungerThan(state.inferenceAt, INFERENCE_COOLDOWN);
            noHealthReading = !state.everChecked || !state.healthy;
        }
        // Unlike the seed, a backend that is down or not yet checked is neither probed (the probe would only wait out
        // its limit) nor called 여유 from a health latency that measured nothing: its load is unknown.
        if (noHealthReading) {
            return new LoadStatus(LoadWord.UNKNOWN, LoadSource.HYBRID, null, null, healthMs, round1(baseline), null,
                    false, LoadStatus.Probe.NONE);
        }
        Reading reading;
        if (LoadRules.shouldProbe(forceMeasure, cacheValid, coolingDown, healthMs, baseline)) {
            reading = measureInference(role);
        } else {
            reading = cacheValid ? cached : Reading.NONE;
        }
        LoadWord load = switch (reading.probe()) {
            // A failed probe is no evidence either way; the health latency alone must not say 여유 for a backend
            // whose completions fail.
            case FAILED -> LoadWord.UNKNOWN;
            // Cut off at the probe's limit, which is above the 8000 ms threshold: the seed's rule says 매우 바쁨.
            case TIMED_OUT -> LoadWord.VERY_BUSY;
            case ANSWERED, NONE -> LoadRules.fromLatency(reading.inferenceMs(), healthMs, baseline);
        };
        load = LoadRules.withLocalQueue(load, localActiveJobs.getAsInt());
        return new LoadStatus(load, LoadSource.HYBRID, null, null, healthMs, round1(baseline), reading.inferenceMs(),
                reading.inferenceMs() != null, reading.probe());
    }

    /** Records one health GET: the UP/DOWN flag, its latency, the baseline (healthy samples only), the log line. */
    void recordHealth(Role role, HealthCheck health) {
        Boolean previous;
        synchronized (this) {
            State state = states.get(role);
            previous = state.everChecked ? state.healthy : null;
            state.everChecked = true;
            state.healthy = health.healthy();
            state.latencyMs = health.latencyMs();
            state.checkedAt = clock.instant();
            if (health.healthy()) {
                state.samples++;
                state.baselineMs = LoadRules.nextBaseline(state.baselineMs, state.samples, health.latencyMs());
            }
        }
        if (previous == null || previous != health.healthy()) {
            // The first verdict is logged too, so an operator sees a backend that is down from the start; only DOWN
            // is a warning.
            String name = clients.get(role).backend().name();
            long ms = Math.round(health.latencyMs());
            if (health.healthy()) {
                log.info("{} ({}) → UP ({} ms)", name, role.id(), ms);
            } else {
                log.warn("{} ({}) → DOWN ({} ms)", name, role.id(), ms);
            }
        }
    }

    /** Caches what {@code /status} said; empty (unsupported or down) makes the hybrid rule apply. */
    synchronized void recordStatus(Role role, Optional<StatusSnapshot> status) {
        State state = states.get(role);
        state.status = status.orElse(null);
        state.statusAt = clock.instant();
    }

    /** Stores a probe result as if just measured; lets tests pin exact inference latencies. */
    void recordInference(Role role, double inferenceMs) {
        recordInference(role, inferenceMs, false);
    }

    private synchronized void recordInference(Role role, double inferenceMs, boolean timedOut) {
        State state = states.get(role);
        state.inferenceMs = inferenceMs;
        state.inferenceTimedOut = timedOut;
        state.inferenceAt = clock.instant();
    }

    /**
     * The one-token probe, one at a time. A probe that timed out is cached like a measurement (its cooldown spares a
     * hung backend, and the next {@code /status} within 30 s, another wait); a failed one is not cached and starts no
     * cooldown, as in the seed.
     */
    private Reading measureInference(Role role) {
        measureLock.lock();
        try {
            synchronized (this) {
                // A probe that finished while this caller waited for the lock is fresh enough: the cooldown says so.
                State state = states.get(role);
                if (isYoungerThan(state.inferenceAt, INFERENCE_COOLDOWN)) {
                    return state.cachedReading();
                }
            }
            InferenceProbe probe = clients.get(role).probeInference();
            return switch (probe.outcome()) {
                case ANSWERED -> {
                    recordInference(role, probe.latencyMs(), false);
                    yield new Reading(probe.latencyMs(), LoadStatus.Probe.ANSWERED);
                }
                case TIMED_OUT -> {
                    recordInference(role, probe.latencyMs(), true);
                    yield new Reading(probe.latencyMs(), LoadStatus.Probe.TIMED_OUT);
                }
                case FAILED -> Reading.FAILED;
            };
        } finally {
            measureLock.unlock();
        }
    }

    private boolean isYoungerThan(Instant at, Duration age) {
        return at != null && Duration.between(at, clock.instant()).compareTo(age) < 0;
    }

    private static double baselineOf(State state) {
        return state.baselineMs == null ? DEFAULT_BASELINE_MS : state.baselineMs;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Mutable per-role state; every field is guarded by the registry's monitor. */
    private static final class State {
        boolean everChecked;
        boolean healthy;
        double latencyMs;
        Instant checkedAt;
        int samples;
        Double baselineMs;
        StatusSnapshot status;
        Instant statusAt;
        Double inferenceMs;
        boolean inferenceTimedOut;
        Instant inferenceAt;

        /** The last probe as a reading (whether it is still fresh is the caller's question). */
        Reading cachedReading() {
            if (inferenceMs == null) {
                return Reading.NONE;
            }
            return new Reading(inferenceMs, inferenceTimedOut ? LoadStatus.Probe.TIMED_OUT : LoadStatus.Probe.ANSWERED);
        }
    }

    /** An inference latency (null when there is none) and the kind of probe behind it. */
    private record Reading(Double inferenceMs, LoadStatus.Probe probe) {
        static final Reading NONE = new Reading(null, LoadStatus.Probe.NONE);
        static final Reading FAILED = new Reading(null, LoadStatus.Probe.FAILED);
    }
}
