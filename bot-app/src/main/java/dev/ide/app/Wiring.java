package dev.ide.app;

import dev.ide.app.config.Settings;
import dev.ide.core.engine.Engine;
import dev.ide.core.engine.EngineParts;
import dev.ide.core.message.Platform;
import dev.ide.core.model.ModelBackend;
import dev.ide.core.model.Role;
import dev.ide.core.pipeline.Allowlist;
import dev.ide.core.pipeline.PipelineSettings;
import dev.ide.core.store.DraftStore;
import dev.ide.core.store.HistoryStore;
import dev.ide.core.store.JobStore;
import dev.ide.core.tool.Tool;
import dev.ide.db.Database;
import dev.ide.db.JdbcDraftStore;
import dev.ide.db.JdbcHistoryStore;
import dev.ide.db.JdbcJobStore;
import dev.ide.tools.calendar.CalDavCalendar;
import dev.ide.tools.calendar.CalDavSettings;
import dev.ide.tools.calendar.CalendarBackend;
import dev.ide.tools.calendar.CalendarTool;
import dev.ide.tools.calendar.EmbeddedCalendar;
import dev.ide.tools.documents.DocumentIndex;
import dev.ide.tools.documents.DocumentTool;
import dev.ide.tools.mail.MailSettings;
import dev.ide.tools.mail.MailTool;
import dev.ide.app.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the database, stores, tools and engine from the settings. Adapters are started by
 * the commands that need them.
 */
public final class Wiring implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Wiring.class);
    /** The reasoner's answers may be long; the classifier's JSON is short. */
    private static final int CLASSIFIER_MAX_TOKENS = 1024;
    private static final int REASONER_MAX_TOKENS = 16000;

    private final Settings settings;
    private final Clock clock;
    private final Database database;
    private final DocumentIndex documents;
    private final Engine engine;
    private final JdbcHistoryStore history;
    private final JdbcDraftStore drafts;
    private final JdbcJobStore jobs;

    public Wiring(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        createDataDir(settings);
        this.database = Database.open(settings.dataDir());
        this.documents = openDocuments(settings);
        List<Tool> tools = new ArrayList<>();
        tools.add(new CalendarTool(calendar(settings, clock, database)));
        tools.add(mail(settings));
        if (documents != null) {
            tools.add(new DocumentTool(documents));
        }
        Map<Platform, Set<String>> allowed = new EnumMap<>(Platform.class);
        settings.telegram().ifPresent(t -> allowed.put(Platform.TELEGRAM, t.allowedUsers()));
        settings.slack().ifPresent(s -> allowed.put(Platform.SLACK, s.allowedUsers()));
        this.history = new JdbcHistoryStore(database);
        this.drafts = new JdbcDraftStore(database);
        this.jobs = new JdbcJobStore(database, clock);
        this.engine = new Engine(new EngineParts(
                backend(Role.CLASSIFIER, "EXAONE", settings.exaone(), CLASSIFIER_MAX_TOKENS),
                backend(Role.REASONER, "Gemma4", settings.reasoning(), REASONER_MAX_TOKENS),
                history, drafts, jobs,
                tools, new Allowlist(allowed), clock,
                PipelineSettings.defaults(settings.zone(), "EXAONE"), Duration.ofMinutes(30), 1, 200, 32));
    }

    private static ModelBackend backend(Role role, String name, Settings.Backend b, int maxTokens) {
        return new ModelBackend(role, name, b.baseUrl(), b.model(), b.temperature(), maxTokens, b.timeout());
    }

    private static CalendarBackend calendar(Settings settings, Clock clock, Database database) {
        if (settings.caldav().isPresent()) {
            Settings.CalDav c = settings.caldav().get();
            return new CalDavCalendar(new CalDavSettings(c.url(), c.username(), c.password(), c.timeout()), clock);
        }
        return new EmbeddedCalendar(database.dataSource(), clock);
    }

    private Tool mail(Settings settings) {
        if (settings.imap().isEmpty()) {
            return MailTool.notConfigured();
        }
        Settings.Imap i = settings.imap().get();
        return new MailTool(new MailSettings(i.host(), i.port(), i.username(), i.password(),
                MailSettings.Security.parse(i.security()), i.folder(), i.timeout()));
    }

    private static void createDataDir(Settings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new ConfigException("DATA_DIR", "cannot be created (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Only the default documents folder ({@code DATA_DIR/documents}) is created. A configured {@code DOCUMENTS_DIR}
     * that does not exist is more likely a typo than a wish for a new empty folder: it is warned about, not created,
     * and indexed once it appears.
     */
    private static DocumentIndex openDocuments(Settings settings) {
        Path folder = settings.documentsDir();
        boolean isDefault = folder.toAbsolutePath().normalize()
                .equals(settings.dataDir().resolve("documents").toAbsolutePath().normalize());
        try {
            if (isDefault) {
                Files.createDirectories(folder);
            } else if (!Files.isDirectory(folder)) {
                log.warn("DOCUMENTS_DIR {} does not exist: document search finds nothing until that folder is created",
                        folder);
            }
            return DocumentIndex.open(settings.documentsDir(), settings.dataDir().resolve("index"));
        } catch (IOException e) {
            log.warn("document search is off: the index under {} cannot be opened ({})", settings.dataDir(),
                    e.getClass().getSimpleName());
            return null;
        }
    }

    public Engine engine() {
        return engine;
    }

    public HistoryStore historyStore() {
        return history;
    }

    public DraftStore draftStore() {
        return drafts;
    }

    public JobStore jobStore() {
        return jobs;
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    /** The document index, or null when it could not be opened. */
    public DocumentIndex documents() {
        return documents;
    }

    @Override
    public void close() {
        engine.close();
        if (documents != null) {
            try {
                documents.close();
            } catch (IOException e) {
                log.warn("closing the document index failed: {}", e.getClass().getSimpleName());
            }
        }
        database.close();
    }
}
