package ee.hoolekanne.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The architecture of core, said as tests (house style: "Tests", ArchUnit). */
class CoreArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ee.hoolekanne");
    }

    @Test
    @DisplayName("core depends only on the JDK, Vavr and Immutables annotations")
    void onlyAllowedDependencies() {
        ArchRule rule = classes().that().resideInAPackage("ee.hoolekanne..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.vavr..", "org.immutables.value..", "ee.hoolekanne..")
                .orShould().dependOnClassesThat(primitiveOrArray());
        rule.check(core);
    }

    @Test
    @DisplayName("core never writes to System.out or System.err")
    void noConsole() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(core);
    }

    @Test
    @DisplayName("core never uses java.util.Date, java.util.Calendar or java.sql dates")
    void noLegacyDates() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Date")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
                .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(core);
    }

    @Test
    @DisplayName("X-3: the domain never reads the wall clock or makes random ids: time and ids come through ports")
    void noHiddenTime() {
        noClasses().that().resideInAPackage("ee.hoolekanne.domain..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(core);
    }

    @Test
    @DisplayName("lifecycle and error roots are sealed: an interface whose implementations are nested in it must be sealed")
    void lifecycleRootsAreSealed() {
        classes().that().areInterfaces().and().resideInAPackage("ee.hoolekanne.domain..")
                .should(beSealedWhenItNestsItsImplementations())
                .check(core);
    }

    @Test
    @DisplayName("the domain knows nothing of ports, use cases or adapters")
    void domainIsPure() {
        noClasses().that().resideInAPackage("ee.hoolekanne.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("ee.hoolekanne.port..", "ee.hoolekanne.usecase..",
                        "ee.hoolekanne.adapter..")
                .check(core);
    }

    @Test
    @DisplayName("driving and driven ports do not depend on each other or on the use cases")
    void portsAreIndependent() {
        noClasses().that().resideInAPackage("ee.hoolekanne.port.in..")
                .should().dependOnClassesThat().resideInAnyPackage("ee.hoolekanne.port.out..", "ee.hoolekanne.usecase..")
                .check(core);
        noClasses().that().resideInAPackage("ee.hoolekanne.port.out..")
                .should().dependOnClassesThat().resideInAnyPackage("ee.hoolekanne.port.in..", "ee.hoolekanne.usecase..")
                .check(core);
    }

    @Test
    @DisplayName("generated Immutable* classes are used only inside the domain")
    void immutablesStayInTheDomain() {
        noClasses().that().resideOutsideOfPackage("ee.hoolekanne.domain..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("Immutable")
                .check(core);
    }

    /** The services, each with its package below {@code port.in} and {@code usecase}, and the word its names must not repeat. */
    private static final java.util.Map<String, String> SERVICES = java.util.Map.of(
            "socialhousing", "SocialHousing", "resocialization", "Resocialization", "protection", "Protection",
            "youthsupport", "Youth", "substitutecare", "SubstituteCare", "justice", "Justice");

    @Test
    @DisplayName("one package per service below port.in and usecase: no service's package depends on another's, and the roots hold only what every service shares")
    void onePackagePerService() {
        for (String layer : java.util.List.of("ee.hoolekanne.port.in", "ee.hoolekanne.usecase")) {
            for (String service : SERVICES.keySet()) {
                String[] others = SERVICES.keySet().stream().filter(o -> !o.equals(service)).map(o -> layer + "." + o + "..")
                        .toArray(String[]::new);
                noClasses().that().resideInAPackage(layer + "." + service + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(others)
                        .check(core);
            }
            noClasses().that().resideInAPackage(layer)
                    .should().dependOnClassesThat().resideInAnyPackage(SERVICES.keySet().stream().map(o -> layer + "." + o + "..")
                            .toArray(String[]::new))
                    .check(core);
        }
    }

    @Test
    @DisplayName("a driving port's name does not repeat its service: its package says which service it belongs to")
    void namesWithoutServicePrefix() {
        for (java.util.Map.Entry<String, String> service : SERVICES.entrySet()) {
            noClasses().that().resideInAPackage("ee.hoolekanne.port.in." + service.getKey() + "..")
                    .should().haveSimpleNameContaining(service.getValue())
                    .check(core);
        }
    }

    @Test
    @DisplayName("every use case is an interface with one method, named as the use case (QueryDeadlinesUseCase.queryDeadlines), taking its command")
    void useCaseShape() {
        classes().that().resideInAPackage("ee.hoolekanne.port.in..").and().haveSimpleNameEndingWith("UseCase")
                .should(new ArchCondition<>("be an interface with one method named after it") {
                    @Override
                    public void check(JavaClass useCase, ConditionEvents events) {
                        String name = useCase.getSimpleName().substring(0, useCase.getSimpleName().length() - "UseCase".length());
                        String method = Character.toLowerCase(name.charAt(0)) + name.substring(1);
                        boolean shaped = useCase.isInterface() && useCase.getMethods().size() == 1
                                && useCase.getMethods().iterator().next().getName().equals(method);
                        if (!shaped) {
                            events.add(SimpleConditionEvent.violated(useCase, useCase.getName() + " is not an interface with the one method " + method));
                        }
                    }
                })
                .check(core);
    }

    private static DescribedPredicate<JavaClass> primitiveOrArray() {
        return DescribedPredicate.describe("primitive or array", c -> c.isPrimitive() || c.isArray());
    }

    private static ArchCondition<JavaClass> beSealedWhenItNestsItsImplementations() {
        return new ArchCondition<>("be sealed when its implementations are nested in it") {
            @Override
            public void check(JavaClass root, ConditionEvents events) {
                boolean nestsImplementations = root.getSubclasses().stream()
                        .anyMatch(sub -> sub.getEnclosingClass().map(root::equals).orElse(false));
                if (nestsImplementations && !root.reflect().isSealed()) {
                    events.add(SimpleConditionEvent.violated(root, root.getName() + " nests its states but is not sealed"));
                }
            }
        };
    }
}
