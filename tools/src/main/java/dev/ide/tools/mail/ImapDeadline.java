package dev.ide.tools.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;

/**
 * The deadline of one whole IMAP request (connect, login, search, fetch, logout).
 *
 * <p>Angus Mail's timeouts ({@code mail.imap.timeout}, {@code mail.imap.writetimeout}) bound each single read and
 * write, so a server that sends one byte every few seconds never trips them and would hold the job's thread for as
 * long as it likes. The request's sockets are therefore made by this factory (the session's
 * {@code mail.imap.socketFactory}; TLS is layered on top of them by the library) and closed when the deadline passes:
 * a blocked read or write fails at once, and {@link #passed()} tells the caller that the cause was the deadline.
 */
final class ImapDeadline extends SocketFactory implements AutoCloseable {

    /** One daemon thread for every mailbox: it only closes sockets and aborts writes, which take no time. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledFuture<?> alarm;
    private boolean passed; // guarded by this

    private ImapDeadline(Duration timeout) {
        this.alarm = WATCHDOG.schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts the clock of one request. */
    static ImapDeadline start(Duration timeout) {
        return new ImapDeadline(timeout);
    }

    /** The shared scheduler, also for the library's write timeouts (so it starts no thread per socket). */
    static ScheduledExecutorService scheduler() {
        return WATCHDOG;
    }

    /** Whether the deadline passed (and the request's sockets were closed). */
    synchronized boolean passed() {
        return passed;
    }

    /** An unconnected socket, which the library connects with its connection timeout. */
    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new Socket();
        synchronized (this) {
            if (passed) {
                socket.close();
                throw new SocketException("IMAP request deadline passed");
            }
            sockets.add(socket);
        }
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null, 0);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null, 0);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), localAddress, localPort);
    }

    private Socket connected(InetSocketAddress remote, InetAddress localAddress, int localPort) throws IOException {
        Socket socket = createSocket();
        if (localAddress != null) {
            socket.bind(new InetSocketAddress(localAddress, localPort));
        }
        socket.connect(remote);
        return socket;
    }

    private void expire() {
        List<Socket> open;
        synchronized (this) {
            passed = true;
            open = List.copyOf(sockets);
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all we can do; the blocked call fails either way
            }
        }
    }

    /** Stops the clock; the request ended in time (or its failure is being reported). */
    @Override
    public void close() {
        alarm.cancel(false);
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "imap-deadline");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
