package dev.ide.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module arrows of architecture.md, checked: the engine knows no platform, database or mail server. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ide");

    @Test
    void core_depends_on_no_module_of_ours_and_no_adapter_library() {
        noClasses().that().resideInAPackage("dev.ide.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.ide.db..", "dev.ide.tools..", "dev.ide.telegram..", "dev.ide.slack..", "dev.ide.app..",
                        "org.h2..", "org.flywaydb..", "org.apache.lucene..", "jakarta.mail..", "org.eclipse.angus..",
                        "net.fortuna..", "org.telegram..", "com.slack..", "picocli..")
                .check(classes);
    }

    @Test
    void adapters_and_tools_do_not_reach_into_each_other_or_the_app() {
        noClasses().that().resideInAnyPackage("dev.ide.telegram..", "dev.ide.slack..", "dev.ide.tools..",
                        "dev.ide.db..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ide.app..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.ide.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ide.slack..", "dev.ide.tools..", "dev.ide.db..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.ide.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ide.telegram..", "dev.ide.tools..", "dev.ide.db..")
                .check(classes);
    }
}
