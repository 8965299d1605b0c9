package dev.ide.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dev.ide.core.text.Msg;
import org.junit.jupiter.api.Test;

/**
 * The owner's CalDAV server (a real Radicale) and IMAP server (GreenMail) stop in the middle of a session: the user
 * is told clearly what is unreachable, a confirmation made meanwhile is kept, and everything works again — with the
 * event created exactly once — when the servers come back on the same address.
 */
class BackendOutageIT extends OwnerServers {


    @Test
    void a_calendar_server_that_goes_away_gets_a_clear_reply_and_the_kept_draft_is_created_once_it_returns()
            throws Exception {
        startRadicale();
        bot = new Bot(dataDir.resolve("bot"));
        bot.env.put("CALDAV_URL", calendarUrl);
        bot.env.put("CALDAV_USERNAME", "owner");
        bot.start();
        String today = "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"today\"}";

        bot.classifier.replying(today);
        assertThat(bot.ask("오늘 일정 알려줘")).isEqualTo(Msg.CAL_TODAY_NONE.text());

        radicale.stop();
        assertThat(bot.ask("오늘 일정 알려줘")).isEqualTo(Msg.CALDAV_UNREACHABLE.format("127.0.0.1"));

        bot.classifier.replying(Bot.draftJson("치과 예약", bot.today(), "09:00"));
        assertThat(bot.ask("오늘 9시 치과 예약")).contains("치과 예약", Msg.CAL_DRAFT_OVERLAP_UNKNOWN.text());
        String whileDown = bot.ask("확인");
        assertThat(whileDown).contains(Msg.CALDAV_UNREACHABLE.format("127.0.0.1"), "다시 \"확인\"");

        radicale.restart();
        assertThat(bot.ask("확인")).contains("일정을 만들었어요", "치과 예약");
        bot.classifier.replying("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_confirmed\"}");
        assertThat(bot.ask("확인")).as("a second confirmation makes nothing").contains(Msg.DRAFT_NONE.text());
        bot.classifier.replying(today);
        String schedule = bot.ask("오늘 일정 알려줘");
        assertThat(schedule.split("치과 예약", -1)).as(schedule).hasSize(2);
    }

    @Test
    void a_mail_server_that_goes_away_gets_a_clear_reply_and_works_again_when_it_returns() throws Exception {
        int port = startMailboxAndBot("분기 보고서");
        bot.start();
        bot.classifier.replying("{\"action\":\"tools\",\"tool\":\"email\",\"operation\":\"search\","
                + "\"params\":{\"query\":\"\"}}");

        assertThat(bot.ask("최근 메일 보여줘")).contains("분기 보고서");

        greenMail.stop();
        greenMail = null;
        assertThat(bot.ask("최근 메일 보여줘")).isEqualTo(Msg.MAIL_UNREACHABLE.format("127.0.0.1"));
        bot.classifier.close();
        assertThat(bot.ask("최근 메일 보여줘")).as("rules and a down mail server together")
                .contains(Msg.MAIL_UNREACHABLE.format("127.0.0.1"));

        greenMail = startMail(port, "다시 온 메일");
        assertThat(bot.ask("최근 메일 보여줘")).contains("다시 온 메일");
    }

}
