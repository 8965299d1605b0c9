package dev.ide.core.registry;

import dev.ide.core.jobs.QueueStats;
import dev.ide.core.model.Role;
import dev.ide.core.text.Msg;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Korean {@code /status} text: each model's health and load, the bot's queue and uptime (or, from a process that
 * does not serve the chats, the stored unfinished messages). No URLs, no secrets.
 */
public final class StatusText {

    private StatusText() {
    }

    public static String render(StatusReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(Msg.STATUS_TITLE.text());
        for (Role role : Role.values()) {
            HealthSummary health = report.health().get(role);
            LoadStatus load = report.load().get(role);
            if (health == null) {
                continue;
            }
            lines.add("");
            lines.add(Msg.STATUS_MODEL.format(roleLabel(role), health.name(), health.model()));
            boolean checked = report.checkedAt().containsKey(role);
            if (!checked) {
                lines.add(Msg.STATUS_NOT_CHECKED.text());
            } else if (health.healthy()) {
                lines.add(Msg.STATUS_UP.format(health.latencyMs()));
            } else {
                lines.add(Msg.STATUS_DOWN.text());
            }
            if (checked && !health.healthy()) {
                // A load word for a server that does not answer would only mislead.
                lines.add(Msg.STATUS_LOAD_UNKNOWN.text());
            } else if (load != null) {
                lines.add(loadLine(load));
            }
        }
        lines.add("");
        if (report.bot() instanceof StatusReport.Serving serving) {
            QueueStats queue = serving.queue();
            lines.add(Msg.STATUS_QUEUE.format(queue.active(), queue.waiting(), queue.done(), queue.failed()));
            lines.add(Msg.STATUS_UPTIME.format(uptime(serving.uptime())));
        } else if (report.bot() instanceof StatusReport.Outside outside) {
            // This process's own queue is empty and its uptime is its own: neither would be the running bot's.
            lines.add(Msg.STATUS_QUEUE_STORED.format(outside.unfinishedJobs()));
            lines.add(Msg.STATUS_OUTSIDE_NOTE.text());
        }
        return String.join("\n", lines);
    }

    static String loadLine(LoadStatus load) {
        String word = load.load().text();
        if (load.source() == LoadSource.STATUS_API) {
            return load.totalRequests() == null
                    ? Msg.STATUS_LOAD_API_NO_TOTAL.format(word, load.activeJobs())
                    : Msg.STATUS_LOAD_API.format(word, load.activeJobs(), load.totalRequests());
        }
        return switch (load.probe()) {
            case FAILED -> Msg.STATUS_LOAD_PROBE_FAILED.text();
            case TIMED_OUT -> Msg.STATUS_LOAD_PROBE_TIMEOUT.format(word, load.inferenceMs());
            case ANSWERED, NONE -> {
                if (load.inferenceMs() != null) {
                    yield Msg.STATUS_LOAD_MEASURED.format(word, load.inferenceMs());
                }
                yield load.load() == LoadWord.UNKNOWN
                        ? Msg.STATUS_LOAD_UNKNOWN_PLAIN.text() : Msg.STATUS_LOAD_ESTIMATED.format(word);
            }
        };
    }

    static String roleLabel(Role role) {
        return switch (role) {
            case CLASSIFIER -> Msg.STATUS_ROLE_CLASSIFIER.text();
            case REASONER -> Msg.STATUS_ROLE_REASONER.text();
        };
    }

    /** "2일 3시간", "1시간 5분", "4분 12초", "42초": the two largest units, enough to read at a glance. */
    static String uptime(Duration uptime) {
        long seconds = Math.max(0, uptime.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long secs = seconds % 60;
        if (days > 0) {
            return Msg.UPTIME_DAYS.format(days, hours);
        }
        if (hours > 0) {
            return Msg.UPTIME_HOURS.format(hours, minutes);
        }
        if (minutes > 0) {
            return Msg.UPTIME_MINUTES.format(minutes, secs);
        }
        return Msg.UPTIME_SECONDS.format(secs);
    }
}
