package dev.ide.tools.mail;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Dovecot IMAP server for one test class: config, users and Maildir in a temp dir, listening on a free
 * loopback port, stopped and deleted afterwards. Mail is put in place as Maildir files whose mtime is the received
 * date. Runs as root (mail owned by nobody) or as an ordinary user (everything owned by that user).
 */
final class Dovecot implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/dovecot");
    static final String USER = "owner";

    private final Path dir;
    private final int port;
    private final Process process;
    private final boolean root;
    private int delivered;

    private Dovecot(Path dir, int port, Process process, boolean root) {
        this.dir = dir;
        this.port = port;
        this.process = process;
        this.root = root;
    }

    static Dovecot start(String password) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            fail("Dovecot is not installed (" + BINARY + "). Run the project's test script, which installs the "
                    + "Debian package dovecot-imapd, or run: apt-get install -y dovecot-imapd");
        }
        Path dir = Files.createTempDirectory("ide-dovecot-");
        // imap processes run as another user and must reach the Maildir below.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        boolean root = "root".equals(System.getProperty("user.name"));
        int port = freePort();
        Files.writeString(dir.resolve("users"), USER + ":{PLAIN}" + password + "\n");
        Files.writeString(dir.resolve("dovecot.conf"), config(dir, port, root));
        Path log = dir.resolve("dovecot.out");
        Process process = new ProcessBuilder(BINARY.toString(), "-F", "-c", dir.resolve("dovecot.conf").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Dovecot dovecot = new Dovecot(dir, port, process, root);
        dovecot.awaitGreeting(Duration.ofSeconds(15));
        return dovecot;
    }

    private static String config(Path dir, int port, boolean root) throws IOException {
        String user = System.getProperty("user.name");
        String mailOwner = root ? "uid=nobody gid=nogroup" : "uid=" + user + " gid=" + primaryGroup(dir);
        String unprivileged = root ? "" : """
                default_internal_user = %1$s
                default_login_user = %1$s
                service anvil {
                  chroot =
                }
                """.formatted(user);
        return """
                protocols = imap
                listen = 127.0.0.1
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                mail_location = maildir:%1$s/mail/%%u/Maildir
                first_valid_uid = 1
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %1$s/users
                }
                userdb {
                  driver = static
                  args = %3$s home=%1$s/mail/%%u
                }
                service imap-login {
                  chroot =
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %2$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                %4$s
                """.formatted(dir, port, mailOwner, unprivileged);
    }

    int port() {
        return port;
    }

    /** Puts one raw mail into the owner's INBOX as if it had arrived at {@code received}. */
    void deliver(byte[] raw, Instant received) throws IOException {
        Path maildir = dir.resolve("mail").resolve(USER).resolve("Maildir");
        for (String sub : new String[] {"cur", "new", "tmp"}) {
            Files.createDirectories(maildir.resolve(sub));
        }
        delivered++;
        Path file = maildir.resolve("new").resolve(received.getEpochSecond() + ".M" + delivered + "P1.ide-test");
        Files.write(file, raw);
        Files.setLastModifiedTime(file, FileTime.from(received));
        if (root) {
            chownToNobody(dir.resolve("mail"));
        }
    }

    private static void chownToNobody(Path top) throws IOException {
        UserPrincipalLookupService lookup = top.getFileSystem().getUserPrincipalLookupService();
        GroupPrincipal nogroup = lookup.lookupPrincipalByGroupName("nogroup");
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
                view.setOwner(lookup.lookupPrincipalByName("nobody"));
                view.setGroup(nogroup);
            }
        }
    }

    private static String primaryGroup(Path dir) throws IOException {
        return Files.readAttributes(dir, java.nio.file.attribute.PosixFileAttributes.class).group().getName();
    }

    private void awaitGreeting(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("Dovecot exited with " + process.exitValue() + ": " + logs());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                socket.setSoTimeout(2000);
                InputStream in = socket.getInputStream();
                byte[] greeting = in.readNBytes(4);
                if (new String(greeting, StandardCharsets.US_ASCII).equals("* OK")) {
                    return;
                }
            } catch (IOException notYet) {
                process.waitFor(100, TimeUnit.MILLISECONDS); // bounded pause while the server starts
            }
        }
        fail("Dovecot did not greet on port " + port + " within " + limit + ": " + logs());
    }

    private String logs() {
        StringBuilder text = new StringBuilder();
        for (String name : new String[] {"dovecot.out", "dovecot.log"}) {
            try {
                text.append('\n').append(name).append(":\n").append(Files.readString(dir.resolve(name)));
            } catch (IOException missing) {
                // not written yet
            }
        }
        return text.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
