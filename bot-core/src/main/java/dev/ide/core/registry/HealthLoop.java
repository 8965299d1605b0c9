package dev.ide.core.registry;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Runs {@link BackendRegistry#checkAll()} once at start and then every {@code HEALTH_INTERVAL}, on a private Quartz
 * scheduler (in memory, one worker thread, daemon threads). Rounds never overlap; a round missed while the machine
 * slept is skipped, not made up, so a backend never gets a burst of health GETs.
 */
public final class HealthLoop implements AutoCloseable {

    private final Runnable round;
    private final Duration interval;
    private Scheduler scheduler;

    /** @param interval {@code HEALTH_INTERVAL} (30 s by default) */
    public HealthLoop(BackendRegistry registry, Duration interval) {
        this(Objects.requireNonNull(registry, "registry")::checkAll, interval);
    }

    /** Runs any round: lets tests count rounds without polling. */
    HealthLoop(Runnable round, Duration interval) {
        this.round = Objects.requireNonNull(round, "round");
        if (interval.toMillis() < 1) {
            throw new IllegalArgumentException("health interval must be positive: " + interval);
        }
        this.interval = interval;
    }

    /** Starts the loop; the first round begins at once on the loop's thread. */
    public synchronized void start() {
        if (scheduler != null) {
            throw new IllegalStateException("health loop already started");
        }
        try {
            Scheduler created = new StdSchedulerFactory(quartzProperties()).getScheduler();
            // Our own factory hands the round to the job: no static state, no JobDataMap casts.
            created.setJobFactory((bundle, unused) -> new HealthRoundJob(round));
            JobDetail job = JobBuilder.newJob(HealthRoundJob.class).withIdentity("health-round").build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity("health-interval").startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(interval.toMillis())
                            .repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            created.scheduleJob(job, trigger);
            created.start();
            scheduler = created;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the health loop", e);
        }
    }

    /** Stops the loop, waiting for a round in progress to finish. */
    @Override
    public synchronized void close() {
        if (scheduler == null) {
            return;
        }
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot stop the health loop", e);
        } finally {
            scheduler = null;
        }
    }

    private static Properties quartzProperties() {
        Properties p = new Properties();
        // Quartz keeps schedulers in a JVM-wide repository by name: a unique name keeps two loops (tests) apart.
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "ide-health-" + UUID.randomUUID());
        // Older Quartz versions phone home unless told not to; harmless where the check no longer exists.
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty(StdSchedulerFactory.PROP_SCHED_MAKE_SCHEDULER_THREAD_DAEMON, "true");
        p.setProperty("org.quartz.scheduler.threadName", "ide-health-scheduler");
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "ide-health");
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, "org.quartz.simpl.RAMJobStore");
        return p;
    }

    /** One health round. Public with Quartz's {@link Job} contract; built only by the loop's job factory. */
    @DisallowConcurrentExecution
    public static final class HealthRoundJob implements Job {

        private final Runnable round;

        HealthRoundJob(Runnable round) {
            this.round = round;
        }

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                round.run();
            } catch (RuntimeException e) {
                // Quartz logs it and keeps the trigger: the next round runs as planned.
                throw new JobExecutionException("health round failed", e, false);
            }
        }
    }
}
