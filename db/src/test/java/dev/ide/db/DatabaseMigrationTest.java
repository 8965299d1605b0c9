package dev.ide.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {

    @TempDir
    Path dataDir;

    @Test
    void the_newest_migration_constant_names_the_newest_migration_file() throws Exception {
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(migrationFolder())) {
            newest = files.map(f -> versioned.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
        }

        assertThat(Database.NEWEST_MIGRATION).as("Database.NEWEST_MIGRATION").isEqualTo(newest);
    }

    @Test
    void a_database_at_the_newest_version_opens_without_running_flyway() throws Exception {
        try (Database db = Database.open(dataDir)) {
            // What Flyway's validation would refuse: an applied migration whose checksum no longer matches.
            execute(db, "UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"version\" = '1'");
        }

        try (Database db = Database.open(dataDir); Connection c = db.connection()) {
            assertThat(Database.schemaVersion(c)).isEqualTo(Database.NEWEST_MIGRATION);
        }
    }

    @Test
    void a_database_behind_the_newest_version_is_migrated_on_open() throws Exception {
        try (Database db = Database.open(dataDir)) {
            execute(db, "DROP TABLE calendar_events");
            execute(db, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'");
        }

        try (Database db = Database.open(dataDir); Connection c = db.connection()) {
            assertThat(Database.schemaVersion(c)).isEqualTo(Database.NEWEST_MIGRATION);
            execute(db, "SELECT COUNT(*) FROM calendar_events"); // the V2 table is back
        }
    }

    private static void execute(Database db, String sql) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Path migrationFolder() throws URISyntaxException {
        return Path.of(DatabaseMigrationTest.class.getClassLoader().getResource("db/migration").toURI());
    }
}
