package dev.gluefailover.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.gluefailover.Launcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rooms of design.md and what each may import, exactly as the table says: a rule looser
 * than the table stops guarding anything. Only the project's own compiled classes are imported
 * (not the classpath), so this takes a second or two, not a minute.
 */
class RoomsTest {
    private static final String BASE = "dev.gluefailover.";
    /** The one class of {@code export} that may use {@code ui}: a PNG is a snapshot of the JavaFX diagram. */
    private static final String PNG_EXPORT = "dev.gluefailover.export.DiagramPng";

    /** design.md's rooms table: room → the rooms it may import (besides itself). */
    private static final Map<String, Set<String>> MAY_IMPORT = new LinkedHashMap<>();

    static {
        MAY_IMPORT.put("model", Set.of());
        MAY_IMPORT.put("i18n", Set.of());
        MAY_IMPORT.put("rules", Set.of("model", "i18n"));
        MAY_IMPORT.put("engine", Set.of("model", "rules", "i18n"));
        MAY_IMPORT.put("training", Set.of("model", "rules", "engine", "i18n"));
        MAY_IMPORT.put("edit", Set.of("model", "rules", "engine", "i18n"));
        MAY_IMPORT.put("review", Set.of("model", "rules", "engine", "i18n"));
        MAY_IMPORT.put("fleet", Set.of("model", "rules", "engine", "review", "i18n"));
        MAY_IMPORT.put("layout", Set.of("model", "engine", "i18n"));
        MAY_IMPORT.put("snapshot", Set.of("model", "files", "i18n"));
        MAY_IMPORT.put("design", Set.of("model", "snapshot", "i18n"));
        MAY_IMPORT.put("aws", Set.of("model", "snapshot", "files", "i18n"));
        MAY_IMPORT.put("export", Set.of("model", "rules", "engine", "review", "fleet", "layout", "files", "i18n"));
        MAY_IMPORT.put("files", Set.of());
        MAY_IMPORT.put("cli", everythingBut("cli", "ui"));
        MAY_IMPORT.put("ui", everythingBut("ui", "cli"));
    }

    private static Set<String> everythingBut(String... not) {
        Set<String> rooms = new LinkedHashSet<>(List.of("model", "i18n", "rules", "engine", "training", "edit",
                "review", "fleet", "layout", "snapshot", "design", "aws", "export", "files", "cli", "ui"));
        rooms.removeAll(List.of(not));
        return rooms;
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() throws Exception {
        long start = System.nanoTime();
        // target/classes, wherever the build runs: the location of the main classes, nothing else.
        Path mainClasses = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPath(mainClasses);
        System.out.printf("RoomsTest: imported %d classes from %s in %d ms%n", classes.size(), mainClasses,
                (System.nanoTime() - start) / 1_000_000);
    }

    static Stream<String> rooms() {
        return MAY_IMPORT.keySet().stream();
    }

    private static String[] packagesOf(Set<String> rooms) {
        return rooms.stream().map(r -> BASE + r + "..").toArray(String[]::new);
    }

    private static Set<String> notAllowed(String room, Set<String> allowed) {
        Set<String> others = new LinkedHashSet<>(MAY_IMPORT.keySet());
        others.remove(room);
        others.removeAll(allowed);
        return others;
    }

    @ParameterizedTest(name = "{0} imports only the rooms design.md allows")
    @MethodSource("rooms")
    void roomImportsOnlyWhatTheTableAllows(String room) {
        Set<String> forbidden = notAllowed(room, MAY_IMPORT.get(room));
        if (forbidden.isEmpty()) {
            return;
        }
        var that = noClasses().that().resideInAPackage(BASE + room + "..");
        if (room.equals("export")) {
            that = that.and().doNotHaveFullyQualifiedName(PNG_EXPORT);
        }
        that.should().dependOnClassesThat().resideInAnyPackage(packagesOf(forbidden))
                .because("design.md: " + room + " may import " + (MAY_IMPORT.get(room).isEmpty() ? "the JDK only"
                        : String.join(", ", MAY_IMPORT.get(room))))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyThePngExportUsesTheUi() {
        Set<String> allowed = new LinkedHashSet<>(MAY_IMPORT.get("export"));
        allowed.add("ui");
        noClasses().that().haveFullyQualifiedName(PNG_EXPORT)
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(notAllowed("export", allowed)))
                .because("design.md: export may use ui only for PNG snapshots")
                .check(classes);
    }

    @Test
    void modelFilesAndI18nImportTheJdkOnly() {
        classes().that().resideInAPackage(BASE + "i18n..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", BASE + "i18n..")
                .allowEmptyShould(true)
                .check(classes);
        classes().that().resideInAPackage(BASE + "model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", BASE + "model..")
                .check(classes);
        classes().that().resideInAPackage(BASE + "files..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", BASE + "files..")
                .check(classes);
    }

    @Test
    void coreImportsNoJavaFxAndNoAwsSdk() {
        noClasses().that().resideInAnyPackage(BASE + "model..", BASE + "i18n..", BASE + "rules..", BASE + "engine..",
                        BASE + "training..", BASE + "edit..", BASE + "review..", BASE + "fleet..", BASE + "layout..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "software.amazon..")
                .check(classes);
    }

    @Test
    void everyClassLivesInARoomOfTheTable() {
        List<String> rooms = new ArrayList<>();
        MAY_IMPORT.keySet().forEach(r -> rooms.add(BASE + r + ".."));
        // The jar's entry point (and its nested types) sits above the rooms: it picks the CLI or the window.
        classes().that().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .and().haveNameNotMatching(java.util.regex.Pattern.quote(Launcher.class.getName()) + "\\$.*")
                .should().resideInAnyPackage(rooms.toArray(String[]::new))
                .because("a new package is a new room: add it to design.md and to this test")
                .check(classes);
    }

    @Test
    void uiAndCliDoNotKnowEachOther() {
        noClasses().that().resideInAPackage(BASE + "ui..").should().dependOnClassesThat()
                .resideInAPackage(BASE + "cli..").check(classes);
        noClasses().that().resideInAPackage(BASE + "cli..").should().dependOnClassesThat()
                .resideInAPackage(BASE + "ui..").check(classes);
    }
}
