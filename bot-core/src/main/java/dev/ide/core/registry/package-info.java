/**
 * How each model backend is doing, and the {@code /status} answer built from it.
 *
 * <p>{@link dev.ide.core.registry.BackendRegistry} keeps the seed's rules (health baseline, {@code /status} cache,
 * hybrid inference probe, local-queue adjustment); {@link dev.ide.core.registry.HealthLoop} runs its health round on
 * a private Quartz scheduler; {@link dev.ide.core.registry.StatusReport} gathers one reading that
 * {@link dev.ide.core.registry.StatusText} (Korean, for chat and the console) and
 * {@link dev.ide.core.registry.StatusJson} ({@code ide-bot status --json}) render.
 *
 * <p>Threads: one Quartz worker runs health rounds; job threads and command handlers read loads. The registry guards
 * its per-role state with its monitor and never holds it during HTTP; inference probes take one lock shared by both
 * roles, so at most one probe is in flight. Time comes from the injected {@link java.time.Clock}.
 */
package dev.ide.core.registry;
