package dev.ide.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.model.Role;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a simulated hour of health rounds (120 × 30 s) costs the backends. */
class HealthTrafficTest {

    private static final int ROUNDS_PER_HOUR = 120;

    private final Backends b = new Backends();

    @AfterEach
    void stopServers() {
        b.close();
    }

    @Test
    void an_hour_of_rounds_sends_one_health_get_and_one_status_get_per_backend_per_interval_and_no_needless_probe() {
        b.classifierServer.status(1, 42);
        int probesCalledFor = 0;

        for (int i = 0; i < ROUNDS_PER_HOUR; i++) {
            b.registry.checkAll();
            // A job reads both loads every round, as route jobs do before waiting.
            assertThat(b.registry.loadStatus(Role.CLASSIFIER, false).source()).isEqualTo(LoadSource.STATUS_API);
            LoadStatus reasoner = b.registry.loadStatus(Role.REASONER, false);
            // Rounds are 30 s apart, so an earlier probe is never fresh: a measured record means a probe just now,
            // which the hybrid rule asks for only when health was above 3× baseline (a hiccup of a loaded machine).
            if (reasoner.measured()) {
                probesCalledFor++;
            }
            b.clock.advance(Duration.ofSeconds(30));
        }

        assertThat(b.classifierServer.count("/v1/models")).isEqualTo(ROUNDS_PER_HOUR);
        assertThat(b.classifierServer.count("/status")).isEqualTo(ROUNDS_PER_HOUR);
        assertThat(b.classifierServer.completionCount()).isZero();
        assertThat(b.classifierServer.requests()).hasSize(2 * ROUNDS_PER_HOUR);

        assertThat(b.reasonerServer.count("/v1/models")).isEqualTo(ROUNDS_PER_HOUR);
        // The seed asks every round (a backend may gain /status after an upgrade); its 404 is one cheap GET.
        assertThat(b.reasonerServer.count("/status")).isEqualTo(ROUNDS_PER_HOUR);
        assertThat(b.reasonerServer.completionCount()).isEqualTo(probesCalledFor);
        assertThat(probesCalledFor).isLessThan(ROUNDS_PER_HOUR / 4);
    }

    @Test
    void the_loop_alone_never_sends_a_completion() {
        b.classifierServer.status(0, 42);

        for (int i = 0; i < ROUNDS_PER_HOUR / 4; i++) {
            b.registry.checkAll();
            b.clock.advance(Duration.ofSeconds(30));
        }

        assertThat(b.classifierServer.completionCount()).isZero();
        assertThat(b.reasonerServer.completionCount()).isZero();
        assertThat(b.reasonerServer.requests()).hasSize(2 * (ROUNDS_PER_HOUR / 4));
    }
}
