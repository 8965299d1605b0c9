package dev.ide.bench;

import java.util.Arrays;

/** Percentiles of a set of samples in nanoseconds, shown in milliseconds. */
record Stats(long[] sorted) {

    static Stats of(long[] samples) {
        long[] copy = samples.clone();
        Arrays.sort(copy);
        return new Stats(copy);
    }

    double p(double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    int count() {
        return sorted.length;
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        return millis < 10 ? String.format("%.2f", millis) : String.format("%.0f", millis);
    }
}
