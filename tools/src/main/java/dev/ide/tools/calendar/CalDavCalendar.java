package dev.ide.tools.calendar;

import dev.ide.core.drafts.EventDraft;
import dev.ide.core.tool.ToolFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 *
 * <p>Before the first read or write, a PROPFIND (Depth 0) checks that {@code CALDAV_URL} is a calendar collection:
 * a server root, a principal or one event file would otherwise read as an empty calendar and take events loose,
 * outside any calendar. The answer is kept once it is yes; when it is no, the calendars of the account are looked up
 * and logged, so the owner can correct the setting.
 */
public final class CalDavCalendar implements CalendarBackend {

    private static final Logger log = LoggerFactory.getLogger(CalDavCalendar.class);
    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");
    private static final MediaType ICALENDAR = MediaType.get("text/calendar; charset=utf-8");
    private static final int MAX_CALENDARS_LOGGED = 50;
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final HttpUrl collection;
    private final String authorization;
    private final OkHttpClient http;
    private final Clock clock;
    private final CalDavFailures failures;
    private final EventExpander expander = new EventExpander();
    private final ICalendarWriter writer = new ICalendarWriter();
    /** Set once the collection was seen to be a calendar; never unset. */
    private volatile boolean verified;

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
        requireCalendar();
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
        requireCalendar();
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

    /**
     * Throws unless CALDAV_URL is a calendar collection; asks the server until the answer is yes, then never again.
     * A server that cannot be reached fails as for any other request, and is asked again next time.
     */
    private void requireCalendar() {
        if (verified) {
            return;
        }
        Multistatus.Resource self = propfind(collection, "0").stream().findFirst()
                .orElseThrow(() -> failures.badResponse(null));
        if (self.isCalendar()) {
            verified = true;
            return;
        }
        List<HttpUrl> calendars = calendarsOfTheAccount(self);
        log.warn("CALDAV_URL {} is not a calendar collection (resource type {}); {}", collection, self.types(),
                calendars.isEmpty() ? "no calendar found for this account"
                        : "calendars of this account: " + calendars);
        throw failures.notACalendar(calendars.size());
    }

    /**
     * The calendars in the account's calendar home: the one the resource names, else its principal's, else the
     * resource itself (Radicale's principal is its home). Only on this server; empty when they cannot be listed.
     */
    private List<HttpUrl> calendarsOfTheAccount(Multistatus.Resource self) {
        try {
            Optional<HttpUrl> home = self.calendarHome().flatMap(this::onThisServer);
            if (home.isEmpty()) {
                Optional<HttpUrl> principal = self.principal().flatMap(this::onThisServer)
                        .filter(url -> !url.equals(collection));
                if (principal.isPresent()) {
                    home = propfind(principal.get(), "0").stream().findFirst()
                            .flatMap(Multistatus.Resource::calendarHome).flatMap(this::onThisServer);
                }
            }
            return propfind(home.orElse(collection), "1").stream()
                    .filter(Multistatus.Resource::isCalendar)
                    .map(resource -> onThisServer(resource.href()))
                    .flatMap(Optional::stream)
                    .limit(MAX_CALENDARS_LOGGED)
                    .toList();
        } catch (ToolFailure notListed) {
            log.debug("could not list the calendars on {}: {}", collection.host(), notListed.getMessage());
            return List.of();
        }
    }

    /** A href of the server's as a URL, only on the collection's own scheme, host and port (the login goes along). */
    private Optional<HttpUrl> onThisServer(String href) {
        HttpUrl url = collection.resolve(href);
        if (url == null || !url.scheme().equals(collection.scheme()) || !url.host().equals(collection.host())
                || url.port() != collection.port()) {
            return Optional.empty();
        }
        return Optional.of(url);
    }

    private List<Multistatus.Resource> propfind(HttpUrl url, String depth) {
        Request request = request(url)
                .header("Depth", depth)
                .method("PROPFIND", RequestBody.create(Multistatus.PROBE, XML))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() == 405 || response.code() == 501) {
                // Not a WebDAV resource at all, e.g. a web page.
                log.warn("{} does not answer PROPFIND (HTTP {}): not a calendar collection", url, response.code());
                throw failures.notACalendar(0);
            }
            if (response.code() != 207) {
                throw logged("PROPFIND", response.code());
            }
            return Multistatus.resources(response.body().bytes());
        } catch (IOException e) {
            log.warn("CalDAV PROPFIND to {} failed: {}", collection.host(), e.toString());
            throw failures.forIo(e);
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            log.warn("CalDAV PROPFIND answer from {} is not a multistatus: {}", collection.host(), e.toString());
            throw failures.badResponse(e);
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
