package dev.ide.bench;

import java.time.Duration;

/**
 * Requests the health loop sends to each backend, with healthy instant backends: the loop is run fast (every
 * 50 ms) for a while, requests are counted per round at the fakes, and scaled to an hour at the default
 * {@code HEALTH_INTERVAL} of 30 s. The loop makes no completion calls; those are counted too, to show it.
 */
final class HealthTraffic {

    record Result(boolean statusApi, int rounds, double healthPerHour, double statusPerHour,
                  double completionsPerHour) {
    }

    static Result measure(boolean statusApi, Duration runFor) throws InterruptedException {
        try (BotUnderTest bot = new BotUnderTest(Duration.ofMillis(50))) {
            bot.classifier.statusApi(statusApi);
            bot.reasoner.statusApi(statusApi);
            long deadline = System.nanoTime() + runFor.toNanos();
            while (System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            bot.wiring.engine().close(); // stops the loop; no round in flight is counted half
            long rounds = bot.classifier.healthGets();
            double perHour = 3600.0 / 30;
            double health = (double) (bot.classifier.healthGets() + bot.reasoner.healthGets()) / 2 / rounds;
            double status = (double) (bot.classifier.statusGets() + bot.reasoner.statusGets()) / 2 / rounds;
            double completions = (double) (bot.classifier.completions() + bot.reasoner.completions()) / 2 / rounds;
            return new Result(statusApi, (int) rounds, health * perHour, status * perHour, completions * perHour);
        }
    }

    private HealthTraffic() {
    }
}
