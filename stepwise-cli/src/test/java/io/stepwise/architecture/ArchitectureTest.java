package io.stepwise.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the layering of DESIGN.md: dependencies point one way, from the command line down to the
 * language, and the language stays pure. Lives in the CLI module, the one that sees them all.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.stepwise");
  }

  @Test
  void theLanguageDependsOnNothingAboveIt() {
    noClasses()
        .that()
        .resideInAPackage("io.stepwise.asl..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.stepwise.engine..", "io.stepwise.cli..", "io.stepwise.server..")
        .check(classes);
  }

  @Test
  void theEngineDoesNotKnowItsCallers() {
    noClasses()
        .that()
        .resideInAPackage("io.stepwise.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.stepwise.cli..", "io.stepwise.server..", "io.stepwise.store..")
        .check(classes);
  }

  @Test
  void graphsAreDrawnFromTheLanguageAndJsonAlone() {
    noClasses()
        .that()
        .resideInAPackage("io.stepwise.graph..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.stepwise.engine..", "io.stepwise.cli..", "io.stepwise.server..", "java.nio.file..")
        .check(classes);
  }

  @Test
  void theLanguageDoesNoIoAndReadsNoClock() {
    noClasses()
        .that()
        .resideInAPackage("io.stepwise.asl..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .check(classes);
  }

  @Test
  void theInterpreterReadsNoClockAndStartsNoThreads() {
    noClasses()
        .that()
        .resideInAPackage("io.stepwise.engine.interpreter..")
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.util.concurrent..", "java.io..", "java.nio.file..")
        .check(classes);
  }
}
