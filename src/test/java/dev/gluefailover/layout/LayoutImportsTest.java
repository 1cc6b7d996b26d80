package dev.gluefailover.layout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** design.md: layout is pure geometry, so the CLI and exporters can use it without a UI toolkit. */
class LayoutImportsTest {
    @Test
    void layoutImportsNoJavaFxAndNoAwsSdk() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gluefailover.layout");
        noClasses().that().resideInAPackage("dev.gluefailover.layout..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "software.amazon..", "dev.gluefailover.ui..",
                        "dev.gluefailover.snapshot..", "dev.gluefailover.cli..", "dev.gluefailover.aws..")
                .check(classes);
    }
}
