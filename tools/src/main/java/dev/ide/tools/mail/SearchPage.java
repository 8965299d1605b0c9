package dev.ide.tools.mail;

import java.util.List;

/** The newest matches of a search, and how many matched in all. */
record SearchPage(List<MailSummary> mails, int total) {

    SearchPage {
        mails = List.copyOf(mails);
    }
}
