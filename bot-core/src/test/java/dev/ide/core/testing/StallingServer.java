package dev.ide.core.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP server on 127.0.0.1 that accepts connections and then stalls, for timeout tests of real clients (IMAP,
 * HTTP): {@link #silent} never sends a byte; {@link #dripping} sends a text one byte at a time, then keeps adding one
 * more byte ({@code .}) every {@code every}, so a client's per-read timeout never fires and its message never ends.
 *
 * <p>Bounded: at most {@value #MAX_CONNECTIONS} connections are served (later ones are closed at once), and a
 * connection drips at most {@value #MAX_DRIP_BYTES} bytes; {@link #close()} closes everything and stops its threads.
 */
public final class StallingServer implements AutoCloseable {

    private static final int MAX_CONNECTIONS = 16;
    private static final int MAX_DRIP_BYTES = 2_000;

    private final ServerSocket server;
    private final byte[] text; // null: silent
    private final Duration every;
    private final List<Socket> accepted = new ArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    private StallingServer(int port, byte[] text, Duration every) {
        this.text = text;
        this.every = every;
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        acceptor = new Thread(this::acceptLoop, "stalling-server-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Accepts and never answers. {@code port} 0 picks a free port. */
    public static StallingServer silent(int port) {
        return new StallingServer(port, null, null);
    }

    /** Accepts and sends {@code text} (then endless dots) one byte per {@code every}. */
    public static StallingServer dripping(int port, String text, Duration every) {
        return new StallingServer(port, text.getBytes(StandardCharsets.US_ASCII), every);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            synchronized (accepted) {
                if (closed || accepted.size() >= MAX_CONNECTIONS) {
                    closeQuietly(socket);
                    continue;
                }
                accepted.add(socket);
            }
            connections.incrementAndGet();
            if (text != null) {
                Thread dripper = new Thread(() -> drip(socket), "stalling-server-drip");
                dripper.setDaemon(true);
                dripper.start();
            }
        }
    }

    private void drip(Socket socket) {
        try (socket) {
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < MAX_DRIP_BYTES && !closed; i++) {
                out.write(i < text.length ? text[i] : '.');
                out.flush();
                Thread.sleep(every.toMillis());
            }
        } catch (IOException | InterruptedException e) {
            // the client gave up (or the test closed us): done
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        synchronized (accepted) {
            accepted.forEach(StallingServer::closeQuietly);
            accepted.clear();
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing a test server
        }
    }
}
