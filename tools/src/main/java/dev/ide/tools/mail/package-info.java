/**
 * The {@code email} tool: read-only IMAP search and read with Angus Mail. {@link dev.ide.tools.mail.MailTool} is the
 * entry point, {@link dev.ide.tools.mail.MailSettings} its configuration. Korean mail is decoded here (encoded words,
 * EUC-KR/CP949 and UTF-8 bodies, HTML to text); there is deliberately no way to send.
 */
package dev.ide.tools.mail;
