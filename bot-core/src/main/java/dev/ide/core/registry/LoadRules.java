package dev.ide.core.registry;

/** The seed's thresholds, as pure functions so each boundary is testable with exact values. */
final class LoadRules {

    private LoadRules() {
    }

    /** {@code /status}: ≥4 매우 바쁨, ≥2 바쁨, 1 보통, else 여유. */
    static LoadWord fromActiveJobs(int activeJobs) {
        if (activeJobs >= 4) {
            return LoadWord.VERY_BUSY;
        }
        if (activeJobs >= 2) {
            return LoadWord.BUSY;
        }
        if (activeJobs == 1) {
            return LoadWord.NORMAL;
        }
        return LoadWord.IDLE;
    }

    /** Hybrid: inference > 8000 ms 매우 바쁨, > 4000 ms 바쁨, health > 5× baseline 바쁨, > 2× 보통, else 여유. */
    static LoadWord fromLatency(Double inferenceMs, double healthMs, double baselineMs) {
        if (inferenceMs != null && inferenceMs > 8000) {
            return LoadWord.VERY_BUSY;
        }
        if (inferenceMs != null && inferenceMs > 4000) {
            return LoadWord.BUSY;
        }
        if (healthMs > baselineMs * 5) {
            return LoadWord.BUSY;
        }
        if (healthMs > baselineMs * 2) {
            return LoadWord.NORMAL;
        }
        return LoadWord.IDLE;
    }

    /**
     * More than one active local job raises 보통→바쁨 and 여유→보통. One active job is the asker itself, so it does
     * not count.
     */
    static LoadWord withLocalQueue(LoadWord load, int activeLocalJobs) {
        if (activeLocalJobs > 1 && load == LoadWord.NORMAL) {
            return LoadWord.BUSY;
        }
        if (activeLocalJobs > 1 && load == LoadWord.IDLE) {
            return LoadWord.NORMAL;
        }
        return load;
    }

    /** Hybrid probe trigger: forced and not cooling down, or a stale cache and health latency over 3× baseline. */
    static boolean shouldProbe(boolean force, boolean cacheValid, boolean coolingDown, double healthMs,
                               double baselineMs) {
        if (force && !coolingDown) {
            return true;
        }
        return !cacheValid && !coolingDown && healthMs > baselineMs * 3;
    }

    /**
     * The baseline after one more healthy sample. As the seed's {@code _update_baseline}: while the count (this
     * sample included) is below 5 the max is kept (spike protection: the first sample sets it, samples 2–4 can only
     * raise it), from the 5th on an EMA 0.9·old + 0.1·new; never below 10 ms.
     *
     * @param current     the baseline so far, null before the first sample
     * @param sampleCount healthy samples so far, this one included (1 for the first)
     */
    static double nextBaseline(Double current, int sampleCount, double latencyMs) {
        double old = current == null ? latencyMs : current;
        double next = sampleCount < 5 ? Math.max(old, latencyMs) : old * 0.9 + latencyMs * 0.1;
        return Math.max(next, 10);
    }
}
