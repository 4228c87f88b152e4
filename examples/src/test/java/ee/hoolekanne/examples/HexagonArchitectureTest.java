package ee.hoolekanne.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The whole hexagon, seen from the module that sees every other. */
class HexagonArchitectureTest {

    private static JavaClasses all;

    @BeforeAll
    static void importEverything() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ee.hoolekanne");
    }

    @Test
    @DisplayName("core never depends on an adapter, the testkit or the examples")
    void coreIsInTheMiddle() {
        noClasses().that().resideInAnyPackage("ee.hoolekanne.domain..", "ee.hoolekanne.port..", "ee.hoolekanne.usecase..")
                .should().dependOnClassesThat().resideInAnyPackage("ee.hoolekanne.adapter..", "ee.hoolekanne.testkit..",
                        "ee.hoolekanne.examples..", "ee.hoolekanne.benchmarks..")
                .check(all);
    }

    @Test
    @DisplayName("adapters never depend on each other, nor on the testkit")
    void adaptersAreIndependent() {
        noClasses().that().resideInAPackage("ee.hoolekanne.adapter.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("ee.hoolekanne.adapter.json..", "ee.hoolekanne.testkit..")
                .check(all);
        noClasses().that().resideInAPackage("ee.hoolekanne.adapter.json..")
                .should().dependOnClassesThat().resideInAnyPackage("ee.hoolekanne.adapter.jdbc..", "ee.hoolekanne.testkit..")
                .check(all);
    }

    @Test
    @DisplayName("Jackson is used only in the JSON adapter")
    void jacksonOnlyInTheJsonAdapter() {
        noClasses().that().resideOutsideOfPackage("ee.hoolekanne.adapter.json..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(all);
    }

    @Test
    @DisplayName("no generated Immutable* class is used outside the domain")
    void immutablesStayInTheDomain() {
        noClasses().that().resideOutsideOfPackage("ee.hoolekanne.domain..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("Immutable")
                .check(all);
    }

    @Test
    @DisplayName("only JdbcAdapters (and the types nested in it) is public in the JDBC adapter")
    void oneEntryToJdbc() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("ee.hoolekanne.adapter.jdbc..")
                .and().arePublic().and().areTopLevelClasses().should().haveSimpleName("JdbcAdapters")
                .check(all);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("ee.hoolekanne.adapter.jdbc..")
                .and().arePublic().and().areNestedClasses()
                .should(new com.tngtech.archunit.lang.ArchCondition<>("be nested in JdbcAdapters") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass nested,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean inEntry = nested.getEnclosingClass().map(e -> e.getSimpleName().equals("JdbcAdapters")).orElse(false);
                        if (!inEntry) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(nested,
                                    nested.getName() + " is public outside JdbcAdapters"));
                        }
                    }
                })
                .check(all);
    }
}
