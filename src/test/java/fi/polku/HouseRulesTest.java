package fi.polku;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * The house rules of architecture.md ("House rules"), checked on the compiled code: a violation
 * fails the build. The layers, bottom up:
 * <ol>
 *   <li>infrastructure: {@code api}, {@code database}, {@code engine} (the only place for engine
 *       internals), {@code language} (the message files), {@code security};</li>
 *   <li>shared kernels: {@code journey}, {@code participant}, {@code notification}, {@code places},
 *       {@code period}, {@code tasklist};</li>
 *   <li>journey phases: {@code referral}, {@code assessment}, {@code wagesubsidy}, {@code placement},
 *       {@code followup}; each module added later (a second journey, employer applications) is a
 *       phase here too;</li>
 *   <li>operations: {@code reporting}, which reads across the kernels, and {@code migration}, which
 *       applies the model migrations the phases declare;</li>
 *   <li>on top, {@code demo}: the demo profile's journeys, which enter through a phase's intake
 *       (the referral) and drive every phase through the engine's public API; nothing uses it.</li>
 * </ol>
 */
class HouseRulesTest {

    static final String[] INFRASTRUCTURE = {"fi.polku.api..", "fi.polku.database..", "fi.polku.engine..", "fi.polku.language..", "fi.polku.security.."};
    static final String[] KERNELS = {"fi.polku.journey..", "fi.polku.participant..", "fi.polku.notification..",
            "fi.polku.places..", "fi.polku.period..", "fi.polku.tasklist.."};
    static final List<String> PHASES = List.of("referral", "assessment", "wagesubsidy", "placement", "followup",
            "workactivity", "supplement");

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.polku");
    static final JavaClasses MAIN_AND_TESTS = new ClassFileImporter().importPackages("fi.polku");

    @Test
    void packagesFormNoCycle() {
        slices().matching("fi.polku.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void packagesAreLayered() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Application").definedBy("fi.polku")
                .layer("Infrastructure").definedBy(INFRASTRUCTURE)
                .layer("Kernels").definedBy(KERNELS)
                .layer("Phases").definedBy(PHASES.stream().map(phase -> "fi.polku." + phase + "..").toArray(String[]::new))
                .layer("Operations").definedBy("fi.polku.reporting..", "fi.polku.migration..", "fi.polku.casefile..")
                .layer("Demo").definedBy("fi.polku.demo..")
                .whereLayer("Demo").mayNotBeAccessedByAnyLayer()
                .whereLayer("Operations").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Phases").mayOnlyBeAccessedByLayers("Application", "Demo")
                .whereLayer("Kernels").mayOnlyBeAccessedByLayers("Application", "Phases", "Operations", "Demo")
                .check(MAIN);
    }

    @Test
    void phasesNeverImportEachOther() {
        slices().matching("fi.polku.(" + String.join("|", PHASES) + ")..").should().notDependOnEachOther().check(MAIN);
    }

    /** The infrastructure packages also stay off each other where the order says so. */
    @Test
    void infrastructureIsOrdered() {
        noClasses().that().resideInAnyPackage("fi.polku.api..", "fi.polku.database..", "fi.polku.engine..")
                .should().dependOnClassesThat().resideInAPackage("fi.polku.security..").check(MAIN);
        noClasses().that().resideInAnyPackage("fi.polku.api..", "fi.polku.database..")
                .should().dependOnClassesThat().resideInAPackage("fi.polku.engine..").check(MAIN);
    }

    @Test
    void engineInternalsOnlyInTheEngineAdapter() {
        noClasses().that().resideOutsideOfPackage("fi.polku.engine..")
                .should().dependOnClassesThat(insideCamundaImplementation())
                .because("engine internals live in fi.polku.engine, each with a reason and a test (architecture.md)")
                .check(MAIN);
    }

    /** SQL on the engine's tables is an engine internal too. */
    @Test
    void engineTablesAreReadOnlyInTheEngineAdapter() throws IOException {
        Pattern engineTable = Pattern.compile("(?i)\\bact_(ru|hi|re|ge|id)_\\w+");
        List<String> offenders;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fi/polku"))) {
            offenders = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.startsWith(Path.of("src/main/java/fi/polku/engine")))
                    .filter(path -> engineTable.matcher(read(path).replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", "")).find())
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("classes with SQL on act_* tables outside fi.polku.engine").isEmpty();
    }

    /**
     * Classes are package-private unless another package needs them: a public top-level class is
     * used from another package (main or test code), or the models call it by its bean name.
     * (Annotations are left alone: Bean Validation instantiates their validators.)
     */
    @Test
    void publicClassesAreNeededElsewhere() {
        Set<String> beansCalledByModels = beansCalledByModels();
        Set<String> imported = importedClasses();
        classes().that().resideInAPackage("fi.polku..").and().areTopLevelClasses().and().areNotAnnotations()
                .and().haveModifier(JavaModifier.PUBLIC).and().doNotHaveSimpleName("PolkuApplication")
                // Tomcat instantiates its error report valve by class name.
                .and().doNotHaveSimpleName("ProblemErrorReportValve")
                .and(DescribedPredicate.describe("are main classes", (JavaClass c) -> MAIN.contain(c.getName())))
                .should(new ArchCondition<>("be used from another package or by a model") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        boolean usedElsewhere = javaClass.getDirectDependenciesToSelf().stream()
                                .anyMatch(dependency -> !dependency.getOriginClass().getPackageName()
                                        .equals(javaClass.getPackageName()));
                        // javac copies constants into their users, leaving no trace in the byte code
                        boolean importedElsewhere = imported.contains(javaClass.getName());
                        boolean calledByModel = beansCalledByModels.contains(beanName(javaClass));
                        if (!usedElsewhere && !importedElsewhere && !calledByModel) {
                            events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                    + " is public, but no other package and no model uses it: make it package-private"));
                        }
                    }
                })
                .check(MAIN_AND_TESTS);
    }

    private static DescribedPredicate<JavaClass> insideCamundaImplementation() {
        return DescribedPredicate.describe("are Camunda implementation classes", javaClass -> {
            String name = javaClass.getPackageName();
            return name.startsWith("org.camunda") && (name.contains(".impl.") || name.endsWith(".impl"));
        });
    }

    /** Names of Spring beans the BPMN models call in expressions: {@code ${bean.method(...)}}, {@code ${bean}}. */
    private static Set<String> beansCalledByModels() {
        Pattern expression = Pattern.compile("[$#]\\{\\s*([a-zA-Z_]\\w*)");
        Set<String> beans = new HashSet<>();
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            models.filter(path -> path.toString().endsWith(".bpmn")).forEach(path -> {
                Matcher matcher = expression.matcher(read(path));
                while (matcher.find()) {
                    beans.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return beans;
    }

    /** Every class imported somewhere in main or test code (imports name classes of other packages only). */
    private static Set<String> importedClasses() {
        Pattern importLine = Pattern.compile("(?m)^import (fi\\.polku\\.[\\w.]+);");
        Set<String> imported = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                Matcher matcher = importLine.matcher(read(path));
                while (matcher.find()) {
                    imported.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imported;
    }

    private static String beanName(JavaClass javaClass) {
        return javaClass.tryGetAnnotationOfType(Component.class).map(Component::value).filter(name -> !name.isEmpty())
                .orElse(Introspector.decapitalize(javaClass.getSimpleName()));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
