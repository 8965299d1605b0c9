package dev.ide.core.drafts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A calendar event the user has not confirmed yet. Times are wall-clock times in the bot's time zone.
 *
 * @param start null for an all-day event
 * @param end   null for an all-day event; otherwise after start (an end past midnight is not supported)
 */
public record EventDraft(String title, LocalDate date, LocalTime start, LocalTime end, String description) {

    public EventDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        description = description == null ? "" : description;
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end go together");
        }
    }

    public boolean allDay() {
        return start == null;
    }
}
