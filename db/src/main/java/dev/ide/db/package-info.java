/**
 * The bot's H2 database and the core store ports over JDBC.
 *
 * <p>{@link dev.ide.db.Database} opens the file (or an in-memory database for tests) and migrates it with Flyway from
 * {@code db/migration}. The stores ({@link dev.ide.db.JdbcHistoryStore}, {@link dev.ide.db.JdbcDraftStore},
 * {@link dev.ide.db.JdbcJobStore}) hold no state of their own: each call borrows a pooled connection for one
 * auto-committed statement, so they are safe to share between threads. Schema changes go into new migration files
 * ({@code V1} core stores, {@code V2} calendar); never edit an applied one.
 */
package dev.ide.db;
