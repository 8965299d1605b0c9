/**
 * The Slack adapter (product §5): Bolt for Java in Socket Mode or behind the JDK's HTTP server, translating
 * Slack events into core messages and core replies into Web API calls. {@link dev.ide.slack.SlackBot} is the one
 * class the app builds, starts and closes; everything else is package-private.
 */
package dev.ide.slack;
