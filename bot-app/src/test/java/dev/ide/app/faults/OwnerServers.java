package dev.ide.app.faults;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ide.tools.testing.RadicaleServer;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot beside the owner's own servers — a real Radicale and a GreenMail IMAP server on 127.0.0.1 — for tests in
 * which those servers go away, hang and come back. Whatever a test started is stopped after it.
 */
@ExtendWith(SecretScan.class)
abstract class OwnerServers {

    @TempDir
    Path dataDir;

    Bot bot;
    RadicaleServer radicale;
    /** The owner's calendar collection on {@link #radicale}, for CALDAV_URL. */
    String calendarUrl;
    GreenMail greenMail;

    /** Starts Radicale with the owner's login and one calendar collection. */
    void startRadicale() throws Exception {
        radicale = RadicaleServer.start(dataDir.resolve("radicale"), "owner", Secrets.CALDAV_PASSWORD);
        calendarUrl = radicale.newCalendar("owner").toString();
    }

    @AfterEach
    void stopAll() {
        if (bot != null) {
            bot.close();
        }
        if (radicale != null) {
            radicale.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /**
     * Starts the owner's mailbox on a free port (holding one mail with this subject) and makes {@link #bot} read it;
     * returns the port, so a test can stop the server and bring it back, or put another server there.
     */
    int startMailboxAndBot(String subject) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        greenMail = startMail(port, subject);
        bot = new Bot(dataDir.resolve("bot"));
        bot.env.put("IMAP_HOST", "127.0.0.1");
        bot.env.put("IMAP_PORT", String.valueOf(port));
        bot.env.put("IMAP_USERNAME", "owner");
        bot.env.put("IMAP_SECURITY", "none");
        return port;
    }

    /** An IMAP server on the port with the owner's mailbox holding one mail with this subject. */
    static GreenMail startMail(int port, String subject) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        mail.start();
        GreenMailUser owner = mail.setUser("owner@example.com", "owner", Secrets.IMAP_PASSWORD);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("boss@example.com"));
        message.setRecipients(MimeMessage.RecipientType.TO, "owner@example.com");
        message.setSubject(subject, "UTF-8");
        message.setText("본문입니다.", "UTF-8");
        message.setSentDate(new Date());
        owner.deliver(message);
        return mail;
    }
}
