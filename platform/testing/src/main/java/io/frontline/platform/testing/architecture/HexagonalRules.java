package io.frontline.platform.testing.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The hexagonal floor plan of shared/STYLE.md as ArchUnit rules, written once for the services.
 * A service's {@code ArchitectureTest} checks all of {@link #forService(String)}.
 */
public final class HexagonalRules {
    /** The base packages of all services; a service must not reach into another's. */
    public static final List<String> SERVICES = List.of("io.frontline.complaint", "io.frontline.incident",
            "io.frontline.sanction", "io.frontline.notification", "io.frontline.prevention");

    private HexagonalRules() {
    }

    public static List<ArchRule> forService(String basePackage) {
        return forService(basePackage, SERVICES.stream().filter(s -> !s.equals(basePackage)).toList());
    }

    public static List<ArchRule> forService(String basePackage, List<String> otherServices) {
        return List.of(domainModelIsPlainJava(basePackage), applicationKeepsOutOfFrameworks(basePackage),
                adaptersDoNotDependOnEachOther(basePackage), persistenceStaysInItsAdapter(basePackage),
                noOtherService(basePackage, otherServices), applicationReadsNoConfiguration(basePackage),
                applicationUsesNoLoggingFramework(basePackage), outgoingPortsAreImplementedByAdapters(basePackage),
                outgoingAdaptersDoNotDriveUseCases(basePackage), adaptersArePackagePrivate(basePackage),
                scheduledJobsLiveInTheSchedulingAdapter(basePackage));
    }

    /** The domain model imports nothing but java.* and the platform's plain domain types. */
    public static ArchRule domainModelIsPlainJava(String base) {
        return classes().that().resideInAPackage(base + ".application.domain.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", base + ".application.domain.model..",
                        "io.frontline.platform.domain..")
                .as("the domain model of " + base + " depends only on java.* and the platform's domain types");
    }

    /**
     * Use cases and ports know no framework: no Quarkus, Hibernate, Kafka, messaging, HTTP, JPA, and
     * no adapter. (CDI scope and transaction annotations are allowed on use-case implementations.)
     */
    public static ArchRule applicationKeepsOutOfFrameworks(String base) {
        return noClasses().that().resideInAPackage(base + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "org.hibernate..",
                        "org.apache.kafka..", "io.smallrye.reactive.messaging..", "org.eclipse.microprofile.reactive..",
                        "jakarta.persistence..", "jakarta.ws.rs..", "io.vertx..", "com.fasterxml..", base + ".adapter..")
                .as("the application core of " + base + " does not depend on frameworks or adapters");
    }

    /**
     * Each adapter talks to the application through ports, never to another adapter: a class in
     * {@code adapter.in.rest} must not use one in {@code adapter.out.persistence}, and so on.
     */
    public static ArchRule adaptersDoNotDependOnEachOther(String base) {
        String prefix = base + ".adapter.";
        return classes().that().resideInAPackage(base + ".adapter..")
                .should(new ArchCondition<JavaClass>("not depend on another adapter") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = adapterOf(item.getPackageName(), prefix);
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String other = adapterOf(dependency.getTargetClass().getPackageName(), prefix);
                            if (other != null && !other.equals(own)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .as("the adapters of " + base + " do not depend on each other");
    }

    /** "in.rest" for a package below {@code <base>.adapter.in.rest}, null outside the adapters. */
    private static String adapterOf(String packageName, String prefix) {
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String[] parts = packageName.substring(prefix.length()).split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : parts[0];
    }

    /** JPA and Panache stay inside adapter.out.persistence. */
    public static ArchRule persistenceStaysInItsAdapter(String base) {
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(base + ".adapter.out.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "io.quarkus.hibernate..",
                        "org.hibernate..")
                .as("only " + base + ".adapter.out.persistence uses JPA");
    }

    /** Services share the platform module, never each other's code. */
    public static ArchRule noOtherService(String base, List<String> otherServices) {
        return noClasses().that().resideInAPackage(base + "..")
                .should().dependOnClassesThat().resideInAnyPackage(otherServices.stream().map(s -> s + "..")
                        .toArray(String[]::new))
                .as(base + " does not use another service's packages");
    }

    /**
     * The core is handed plain values: MicroProfile Config ({@code @ConfigProperty}, {@code Config},
     * {@code @ConfigMapping}) is read in an adapter (by convention {@code adapter.out.config}) that produces the
     * value or implements a port.
     */
    public static ArchRule applicationReadsNoConfiguration(String base) {
        return noClasses().that().resideInAPackage(base + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.microprofile.config..",
                        "io.smallrye.config..")
                .as("the application core of " + base + " reads no configuration itself");
    }

    /**
     * No logging framework in the core: not JBoss Logging, SLF4J, java.util.logging nor Quarkus' {@code Log}
     * (the latter is already kept out with the rest of Quarkus). Where the core must leave a trace for operators,
     * it uses the JDK's own {@link System.Logger} ({@code java.lang}, no dependency; Quarkus routes it to its
     * log manager, so the output is the same).
     */
    public static ArchRule applicationUsesNoLoggingFramework(String base) {
        return noClasses().that().resideInAPackage(base + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jboss.logging..", "org.slf4j..",
                        "java.util.logging..", "org.apache.logging..", "ch.qos.logback..", "io.quarkus.logging..")
                .as("the application core of " + base + " uses no logging framework");
    }

    /** An outgoing port is the core's need; only an outgoing adapter fulfils it, never the core itself. */
    public static ArchRule outgoingPortsAreImplementedByAdapters(String base) {
        return classes().that().implement(resideInAPackage(base + ".application.port.out.."))
                .should().resideInAPackage(base + ".adapter.out..")
                .as("only the outgoing adapters of " + base + " implement outgoing ports");
    }

    /**
     * An outgoing adapter is driven by the core and answers it; it never starts a use case itself (that is an
     * incoming adapter's job, e.g. {@code adapter.in.messaging} reacting to an event).
     */
    public static ArchRule outgoingAdaptersDoNotDriveUseCases(String base) {
        return noClasses().that().resideInAPackage(base + ".adapter.out..")
                .should().dependOnClassesThat().resideInAPackage(base + ".application.port.in..")
                .as("the outgoing adapters of " + base + " do not use incoming ports");
    }

    /**
     * Adapters are details of their package: their classes are package-private, so nothing outside can bind
     * to them. Public stays only where a framework or the HTTP contract needs it:
     * <ul>
     * <li>JAX-RS resources ({@code @Path}) — the REST layer's entry points;</li>
     * <li>records in {@code adapter.in.rest} — the request and response bodies, the JSON contract that
     * Jackson maps and the service's tests post and read;</li>
     * <li>{@code @ConfigMapping} interfaces — SmallRye Config generates their implementation;</li>
     * <li>scheduled jobs in {@code adapter.in.scheduling} — tests run a job at a chosen moment instead of
     * waiting for its timer.</li>
     * </ul>
     * Nested types are judged by their enclosing class.
     */
    public static ArchRule adaptersArePackagePrivate(String base) {
        return classes().that().resideInAPackage(base + ".adapter..").and().areTopLevelClasses()
                .and().areNotAnnotatedWith("jakarta.ws.rs.Path")
                .and().areNotAnnotatedWith("io.smallrye.config.ConfigMapping")
                .and(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("are not request or response records") {
                    @Override
                    public boolean test(JavaClass item) {
                        return !(item.isRecord() && item.getPackageName().startsWith(base + ".adapter.in.rest"));
                    }
                })
                .and().resideOutsideOfPackage(base + ".adapter.in.scheduling..")
                .should().notBePublic()
                .as("the adapters of " + base + " are package-private, except where a framework needs them public");
    }

    /**
     * One package per adapter kind: a timed job ({@code @Scheduled}) is an incoming adapter and lives in
     * {@code adapter.in.scheduling}, in every service alike.
     */
    public static ArchRule scheduledJobsLiveInTheSchedulingAdapter(String base) {
        return methods().that().areAnnotatedWith("io.quarkus.scheduler.Scheduled")
                .and().areDeclaredInClassesThat().resideInAPackage(base + "..")
                .should().beDeclaredInClassesThat().resideInAPackage(base + ".adapter.in.scheduling..")
                .allowEmptyShould(true)
                .as("the timed jobs of " + base + " live in adapter.in.scheduling");
    }
}
