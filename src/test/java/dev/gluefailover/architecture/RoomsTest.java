package dev.gluefailover.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rooms of design.md and what each may import, kept from the first commit on. */
class RoomsTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gluefailover");
    }

    @Test
    void coreImportsNoJavaFxAndNoAwsSdk() {
        noClasses().that().resideInAnyPackage("..model..", "..rules..", "..engine..", "..layout..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "software.amazon..")
                .check(classes);
    }

    @Test
    void roomsImportOnlyWhatDesignAllows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("dev.gluefailover.model..")
                .layer("rules").definedBy("dev.gluefailover.rules..")
                .layer("engine").definedBy("dev.gluefailover.engine..")
                .layer("layout").definedBy("dev.gluefailover.layout..")
                .layer("snapshot").definedBy("dev.gluefailover.snapshot..")
                .layer("aws").definedBy("dev.gluefailover.aws..")
                .layer("cli").definedBy("dev.gluefailover.cli..")
                .layer("ui").definedBy("dev.gluefailover.ui..")
                .layer("export").definedBy("dev.gluefailover.export..")
                .whereLayer("model").mayOnlyBeAccessedByLayers("rules", "engine", "layout", "snapshot", "aws", "cli",
                        "ui", "export")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("engine", "cli", "ui", "export")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("layout", "cli", "ui", "export")
                .whereLayer("layout").mayOnlyBeAccessedByLayers("cli", "ui", "export")
                .whereLayer("snapshot").mayOnlyBeAccessedByLayers("aws", "cli", "ui")
                .whereLayer("aws").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("export")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void uiAndCliDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("dev.gluefailover.ui..").should().dependOnClassesThat()
                .resideInAPackage("dev.gluefailover.cli..").allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("dev.gluefailover.cli..").should().dependOnClassesThat()
                .resideInAPackage("dev.gluefailover.ui..").allowEmptyShould(true).check(classes);
    }
}
