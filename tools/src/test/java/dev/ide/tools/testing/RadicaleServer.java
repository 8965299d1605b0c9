package dev.ide.tools.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A real Radicale CalDAV server on 127.0.0.1, configured in a temporary folder, with one plain htpasswd user. It can
 * be stopped and started again on the same port and storage, as an owner's server going away and coming back. Also a
 * small client for what the tests set up directly on the server (calendars, raw iCalendar files).
 */
public final class RadicaleServer implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/radicale");
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Path config;
    private final Path logFile;
    private final HttpUrl root;
    private final String authorization;
    private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
    private Process process;

    private RadicaleServer(Path dir, int port, String user, String password) {
        this.config = dir.resolve("config");
        this.logFile = dir.resolve("radicale.log");
        this.root = HttpUrl.get("http://127.0.0.1:" + port + "/");
        this.authorization = Credentials.basic(user, password, StandardCharsets.UTF_8);
    }

    /** Configures a server in the folder (created if needed) and starts it. */
    public static RadicaleServer start(Path dir, String user, String password) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            fail("Radicale is not installed (" + BINARY + "): the CalDAV tests need a real server. "
                    + "Run the project's test script, which installs it (apt-get install -y radicale).");
        }
        Files.createDirectories(dir);
        int port = freePort();
        Files.writeString(dir.resolve("users"), user + ":" + password + "\n");
        Files.writeString(dir.resolve("config"), """
                [server]
                hosts = 127.0.0.1:%d
                [auth]
                type = htpasswd
                htpasswd_filename = %s
                htpasswd_encryption = plain
                [rights]
                type = owner_only
                [storage]
                filesystem_folder = %s
                [logging]
                level = warning
                """.formatted(port, dir.resolve("users"), dir.resolve("collections")));
        RadicaleServer server = new RadicaleServer(dir, port, user, password);
        server.restart();
        return server;
    }

    /** Starts the server (again, after {@link #stop()}) on the same port and storage; returns once it answers. */
    public void restart() throws IOException {
        process = new ProcessBuilder(BINARY.toString(), "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        awaitReady();
    }

    /** Stops the server the hard way, as a crash or a pulled cable would. */
    public void stop() {
        if (process != null) {
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(10));
        }
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            try (Response response = http.newCall(new Request.Builder().url(root).build()).execute()) {
                return;
            } catch (IOException notYet) {
                // Waiting on the process doubles as the pause between attempts and notices a crash at once.
                if (waitForExit(Duration.ofMillis(100))) {
                    fail("Radicale exited with " + process.exitValue() + ":\n" + Files.readString(logFile));
                }
            }
        }
        close();
        fail("Radicale did not answer within " + STARTUP + ":\n" + Files.readString(logFile));
    }

    /** A new, empty calendar collection of the user; its URL ends with a slash. */
    public HttpUrl newCalendar(String user) throws IOException {
        HttpUrl url = root.newBuilder().addPathSegment(user).addPathSegment("cal-" + UUID.randomUUID()).addPathSegment("").build();
        Request request = new Request.Builder().url(url).header("Authorization", authorization)
                .method("MKCALENDAR", null).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 201) {
                fail("MKCALENDAR answered " + response.code() + ": " + response.body().string());
            }
        }
        return url;
    }

    /** Stores an iCalendar object as another client would. */
    public void put(HttpUrl calendar, String name, String icalendar) throws IOException {
        Request request = new Request.Builder().url(calendar.newBuilder().addPathSegment(name).build())
                .header("Authorization", authorization)
                .put(RequestBody.create(icalendar.replace("\n", "\r\n"), MediaType.get("text/calendar; charset=utf-8")))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                fail("PUT " + name + " answered " + response.code() + ": " + response.body().string());
            }
        }
    }

    /** A stored object's text, or null when there is none. */
    public String get(HttpUrl calendar, String name) throws IOException {
        Request request = new Request.Builder().url(calendar.newBuilder().addPathSegment(name).build())
                .header("Authorization", authorization).build();
        try (Response response = http.newCall(request).execute()) {
            return response.code() == 404 ? null : response.body().string();
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            if (!waitForExit(Duration.ofSeconds(5))) {
                process.destroyForcibly();
                waitForExit(Duration.ofSeconds(5));
            }
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
