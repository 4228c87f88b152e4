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
                .should().dependOnClassesThat().resideInAnyPackage("ee.hoolekanne.adapter.jdbc..", "ee.hoolekanne.adapter.letters..",
                        "ee.hoolekanne.testkit..")
                .check(all);
        noClasses().that().resideInAPackage("ee.hoolekanne.adapter.letters..")
                .should().dependOnClassesThat().resideInAnyPackage("ee.hoolekanne.adapter.jdbc..", "ee.hoolekanne.adapter.json..",
                        "ee.hoolekanne.testkit..")
                .check(all);
    }

    @Test
    @DisplayName("the examples' main code uses no testkit class, so what they show can be copied into an application")
    void examplesWithoutTheTestkit() {
        noClasses().that().resideInAPackage("ee.hoolekanne.examples..")
                .should().dependOnClassesThat().resideInAPackage("ee.hoolekanne.testkit..")
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
    @DisplayName("only JdbcAdapters and the connection SPI JdbcConnections (and the types nested in them) are public in the JDBC adapter")
    void oneEntryToJdbc() {
        java.util.Set<String> entries = java.util.Set.of("JdbcAdapters", "JdbcConnections");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("ee.hoolekanne.adapter.jdbc..")
                .and().arePublic().and().areTopLevelClasses().should().haveNameMatching(".*\\.(JdbcAdapters|JdbcConnections)")
                .check(all);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("ee.hoolekanne.adapter.jdbc..")
                .and().arePublic().and().areNestedClasses()
                .should(new com.tngtech.archunit.lang.ArchCondition<>("be nested in JdbcAdapters or JdbcConnections") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass nested,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean inEntry = nested.getEnclosingClass().map(e -> entries.contains(e.getSimpleName())).orElse(false);
                        if (!inEntry) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(nested,
                                    nested.getName() + " is public outside the entries"));
                        }
                    }
                })
                .check(all);
    }

    /** The prefix of each adapter package's classes: {@code <Tech><Port>}. */
    private static final java.util.Map<String, String> TECH = java.util.Map.of(
            "ee.hoolekanne.adapter.jdbc", "Jdbc", "ee.hoolekanne.adapter.json", "JsonFile", "ee.hoolekanne.testkit.inmemory", "InMemory");

    /** Building blocks, not ports of one kind: units of work and the generic repositories. */
    private static final java.util.Set<String> GENERIC_PORTS = java.util.Set.of("Transactions", "VersionedRepository", "CaseRepository");

    @Test
    @DisplayName("one top-level class per adapter of a port, named <Tech><Port> (JdbcReleasedAccommodationRepository, InMemoryOpenObligations)")
    void adaptersNamedByPort() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAnyPackage(TECH.keySet().toArray(String[]::new))
                .and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                .should(new com.tngtech.archunit.lang.ArchCondition<>("be top-level and named <Tech><Port> for each port it implements") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass adapter,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        adapter.getRawInterfaces().stream()
                                .filter(port -> port.getPackageName().equals("ee.hoolekanne.port.out"))
                                .filter(port -> !GENERIC_PORTS.contains(port.getSimpleName()))
                                .forEach(port -> {
                                    String expected = TECH.get(adapter.getPackageName()) + port.getSimpleName();
                                    if (!adapter.isTopLevelClass() || !adapter.getSimpleName().equals(expected)) {
                                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(adapter,
                                                adapter.getName() + " implements " + port.getSimpleName() + " but is not the top-level " + expected));
                                    }
                                });
                    }
                })
                .check(all);
    }
}
