-- The embedded calendar (used when CALDAV_URL is not set): events created by confirmed drafts.
-- The uid is the draft's event UID, so a replayed confirmation hits the primary key instead of making a second event.
-- Timed events keep their instants (start_at/end_at); all-day events keep their dates, which mean the same calendar
-- days whatever the bot's time zone.

CREATE TABLE calendar_events (
    uid          VARCHAR      PRIMARY KEY,
    title        VARCHAR      NOT NULL,
    description  VARCHAR      NOT NULL,
    all_day      BOOLEAN      NOT NULL,
    start_date   DATE         NOT NULL,                -- all-day: first day; timed: start date in zone_id
    end_date     DATE         NOT NULL,                -- all-day: day after the last (exclusive); timed: end date
    start_at     TIMESTAMP(9) WITH TIME ZONE,          -- null for an all-day event
    end_at       TIMESTAMP(9) WITH TIME ZONE,
    zone_id      VARCHAR(64)  NOT NULL,                -- the zone the wall-clock times were given in
    created_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
CREATE INDEX calendar_events_start_date ON calendar_events (start_date);
CREATE INDEX calendar_events_start_at ON calendar_events (start_at);
