package dev.ide.app.faults;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A real Radicale CalDAV server on 127.0.0.1 that can be stopped and started again on the same port and storage,
 * as an owner's server going away and coming back. One calendar collection of one htpasswd user.
 */
final class Radicale implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/radicale");
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Path dir;
    private final int port;
    private final String authorization;
    private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private Radicale(Path dir, int port, String user, String password) {
        this.dir = dir;
        this.port = port;
        this.authorization = Credentials.basic(user, password, StandardCharsets.UTF_8);
    }

    static Radicale create(Path dir, String user, String password) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            fail("Radicale is not installed (" + BINARY + "); apt-get install -y radicale");
        }
        Files.createDirectories(dir);
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
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
        Radicale radicale = new Radicale(dir, port, user, password);
        radicale.start();
        radicale.makeCalendar(user);
        return radicale;
    }

    /** The calendar collection's URL, for CALDAV_URL. */
    String calendarUrl() {
        return "http://127.0.0.1:" + port + "/owner/calendar/";
    }

    void start() throws IOException {
        process = new ProcessBuilder(BINARY.toString(), "--config", dir.resolve("config").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("radicale.log").toFile()))
                .start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            try (Response ignored = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/")
                    .build()).execute()) {
                return;
            } catch (IOException notYet) {
                // waiting on the process is the pause between attempts, and notices a crash at once
                if (waitForExit(Duration.ofMillis(100))) {
                    fail("Radicale exited: " + Files.readString(dir.resolve("radicale.log")));
                }
            }
        }
        fail("Radicale did not answer within " + STARTUP);
    }

    /** Stops the server the hard way, as a crash or a pulled cable would. */
    void stop() {
        if (process != null) {
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(10));
        }
    }

    private void makeCalendar(String user) throws IOException {
        Request request = new Request.Builder().url("http://127.0.0.1:" + port + "/" + user + "/calendar/")
                .header("Authorization", authorization).method("MKCALENDAR", null).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 201) {
                fail("MKCALENDAR answered " + response.code());
            }
        }
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        stop();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
