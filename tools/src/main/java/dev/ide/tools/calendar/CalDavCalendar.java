package dev.ide.tools.calendar;

import dev.ide.core.drafts.EventDraft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.ParserException;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner's calendar on a CalDAV server (RFC 4791: Radicale, Nextcloud, Synology, iCloud …), one collection.
 * Reads with a calendar-query REPORT over the time range and expands recurring events here; creates with a PUT of
 * {@code <uid>.ics} and {@code If-None-Match: *}, so a second PUT of the same draft is refused by the server (412)
 * instead of making a second event. Basic auth is sent with every request, without waiting for a 401.
 */
public final class CalDavCalendar implements CalendarBackend {

    private static final Logger log = LoggerFactory.getLogger(CalDavCalendar.class);
    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");
    private static final MediaType ICALENDAR = MediaType.get("text/calendar; charset=utf-8");
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final HttpUrl collection;
    private final String authorization;
    private final OkHttpClient http;
    private final Clock clock;
    private final CalDavFailures failures;
    private final EventExpander expander = new EventExpander();
    private final ICalendarWriter writer = new ICalendarWriter();

    public CalDavCalendar(CalDavSettings settings, Clock clock) {
        String url = settings.url().toString();
        this.collection = HttpUrl.get(url.endsWith("/") ? url : url + "/");
        this.authorization = settings.username().isEmpty() ? null
                : Credentials.basic(settings.username(), settings.password(), StandardCharsets.UTF_8);
        this.http = new OkHttpClient.Builder()
                .callTimeout(settings.timeout())
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout())
                .writeTimeout(settings.timeout())
                .build();
        this.clock = clock;
        this.failures = new CalDavFailures(settings.host());
        if (!collection.isHttps() && authorization != null && !isLoopback(collection.host())) {
            log.warn("CALDAV_URL uses plain http to {}: the password travels unencrypted; use https", collection.host());
        }
    }

    @Override
    public List<CalendarEvent> events(LocalDate from, LocalDate to, ZoneId zone) {
        // A day of margin each side: the server judges floating and all-day events in its own zone.
        String start = UTC_STAMP.format(from.minusDays(1).atStartOfDay(zone).toInstant());
        String end = UTC_STAMP.format(to.plusDays(2).atStartOfDay(zone).toInstant());
        Request request = request(collection)
                .header("Depth", "1")
                .method("REPORT", RequestBody.create(Multistatus.eventQuery(start, end), XML))
                .build();
        List<String> resources;
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 207 && response.code() != 200) {
                throw logged("REPORT", response.code());
            }
            resources = Multistatus.calendarData(response.body().bytes());
        } catch (IOException e) {
            log.warn("CalDAV REPORT to {} failed: {}", collection.host(), e.toString());
            throw failures.forIo(e);
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            log.warn("CalDAV REPORT answer from {} is not a multistatus: {}", collection.host(), e.toString());
            throw failures.badResponse(e);
        }
        List<CalendarEvent> events = new ArrayList<>();
        for (String resource : resources) {
            try {
                events.addAll(expander.occurrences(resource, from, to, zone));
            } catch (IOException | ParserException | RuntimeException e) {
                // One broken event must not hide the rest of the calendar.
                log.warn("skipping a calendar object from {} that cannot be read: {}", collection.host(), e.toString());
            }
        }
        return events;
    }

    @Override
    public CreateOutcome create(String uid, EventDraft event, ZoneId zone) {
        HttpUrl target = collection.newBuilder().addPathSegment(fileName(uid)).build();
        String body = writer.write(uid, event, zone, clock.instant());
        Request request = request(target)
                .header("If-None-Match", "*")
                .put(RequestBody.create(body, ICALENDAR))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() == 412) {
                log.info("CalDAV event {} exists already; not creating it twice", uid);
                return CreateOutcome.ALREADY_EXISTS;
            }
            if (!response.isSuccessful()) {
                throw logged("PUT", response.code());
            }
            return CreateOutcome.CREATED;
        } catch (IOException e) {
            log.warn("CalDAV PUT to {} failed: {}", collection.host(), e.toString());
            throw failures.forIo(e);
        }
    }

    /** A file name made of safe characters only, stable for the UID. */
    static String fileName(String uid) {
        return uid.replaceAll("[^A-Za-z0-9._-]", "_") + ".ics";
    }

    private Request.Builder request(HttpUrl url) {
        Request.Builder builder = new Request.Builder().url(url);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private RuntimeException logged(String method, int code) {
        log.warn("CalDAV {} to {} answered HTTP {}", method, collection.host(), code);
        return failures.forStatus(code);
    }

    /** Without a DNS lookup: startup must not wait on the network. */
    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
