package dev.ide.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.model.Role;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class HealthLoopTest {

    @Test
    void the_first_round_runs_at_start_without_waiting_for_the_interval() throws InterruptedException {
        CountDownLatch rounds = new CountDownLatch(1);
        try (HealthLoop loop = new HealthLoop(rounds::countDown, Duration.ofHours(1))) {
            loop.start();
            assertThat(rounds.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void rounds_repeat_every_interval_until_closed() throws InterruptedException {
        CountDownLatch rounds = new CountDownLatch(3);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        Runnable round = () -> {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            running.decrementAndGet();
            rounds.countDown();
        };
        HealthLoop loop = new HealthLoop(round, Duration.ofMillis(100));
        loop.start();
        try {
            assertThat(rounds.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            loop.close();
        }
        assertThat(maxRunning.get()).isEqualTo(1);
        loop.close();
    }

    @Test
    void a_failing_round_does_not_stop_the_loop() throws InterruptedException {
        CountDownLatch rounds = new CountDownLatch(2);
        Runnable round = () -> {
            rounds.countDown();
            throw new IllegalStateException("boom");
        };
        try (HealthLoop loop = new HealthLoop(round, Duration.ofMillis(100))) {
            loop.start();
            assertThat(rounds.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void the_loop_checks_both_backends_of_a_real_registry_at_start() {
        try (Backends b = new Backends(); HealthLoop loop = new HealthLoop(b.registry, Duration.ofHours(1))) {
            loop.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            // The round checks both backends at the same time: wait for both.
            while ((b.registry.lastCheckedAt(Role.CLASSIFIER).isEmpty()
                    || b.registry.lastCheckedAt(Role.REASONER).isEmpty()) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            assertThat(b.registry.isHealthy(Role.CLASSIFIER)).isTrue();
            assertThat(b.registry.isHealthy(Role.REASONER)).isTrue();
            assertThat(b.classifierServer.count("/v1/models")).isEqualTo(1);
        }
    }
}
