package io.frontline.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.frontline.platform.testing.architecture.HexagonalRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each architecture rule is shown to fail on a fixture that breaks it, naming the offending class. */
class HexagonalRulesTest {
    private static final String BASE = "io.frontline.fixturea";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("io.frontline.fixturea",
            "io.frontline.fixtureb");

    @Test
    void a_domain_model_that_uses_jakarta_breaks_the_plain_java_rule() {
        assertViolation(HexagonalRules.domainModelIsPlainJava(BASE), "FrameworkAggregate");
        assertNoViolationMentions(HexagonalRules.domainModelIsPlainJava(BASE), "CleanAggregate");
    }

    @Test
    void a_use_case_that_uses_kafka_breaks_the_framework_rule() {
        assertViolation(HexagonalRules.applicationKeepsOutOfFrameworks(BASE), "KafkaUsingService");
    }

    @Test
    void an_adapter_that_uses_another_adapter_breaks_the_adapter_rule() {
        assertViolation(HexagonalRules.adaptersDoNotDependOnEachOther(BASE), "LeakyResource");
    }

    @Test
    void jpa_outside_the_persistence_adapter_breaks_the_persistence_rule() {
        assertViolation(HexagonalRules.persistenceStaysInItsAdapter(BASE), "LeakyResource");
        assertNoViolationMentions(HexagonalRules.persistenceStaysInItsAdapter(BASE), "ThingEntity.id");
    }

    @Test
    void using_another_services_package_breaks_the_service_boundary_rule() {
        assertViolation(HexagonalRules.noOtherService(BASE, List.of("io.frontline.fixtureb")), "OtherServiceType");
    }

    @Test
    void a_use_case_that_reads_configuration_breaks_the_configuration_rule() {
        assertViolation(HexagonalRules.applicationReadsNoConfiguration(BASE), "ConfiguredService");
    }

    @Test
    void a_use_case_that_logs_through_a_framework_breaks_the_logging_rule() {
        assertViolation(HexagonalRules.applicationUsesNoLoggingFramework(BASE), "JulLoggingService");
        assertViolation(HexagonalRules.applicationUsesNoLoggingFramework(BASE), "LoggingService");
        assertNoViolationMentions(HexagonalRules.applicationUsesNoLoggingFramework(BASE), "PlainLoggingService");
    }

    @Test
    void the_core_implementing_its_own_outgoing_port_breaks_the_port_rule() {
        assertViolation(HexagonalRules.outgoingPortsAreImplementedByAdapters(BASE), "InCoreThingStore");
        assertNoViolationMentions(HexagonalRules.outgoingPortsAreImplementedByAdapters(BASE), "ThingStoreAdapter");
    }

    @Test
    void an_outgoing_adapter_that_starts_a_use_case_breaks_the_direction_rule() {
        assertViolation(HexagonalRules.outgoingAdaptersDoNotDriveUseCases(BASE), "UseCaseCallingNotifier");
    }

    @Test
    void a_public_adapter_class_no_framework_needs_breaks_the_package_private_rule() {
        assertViolation(HexagonalRules.adaptersArePackagePrivate(BASE), "LeakyResource");
        assertNoViolationMentions(HexagonalRules.adaptersArePackagePrivate(BASE), "ThingResource");
        assertNoViolationMentions(HexagonalRules.adaptersArePackagePrivate(BASE), "ThingRequest");
        assertNoViolationMentions(HexagonalRules.adaptersArePackagePrivate(BASE), "ThingStoreAdapter");
    }

    @Test
    void a_timed_job_outside_the_scheduling_adapter_breaks_the_package_name_rule() {
        assertViolation(HexagonalRules.scheduledJobsLiveInTheSchedulingAdapter(BASE), "MisplacedJob");
        assertNoViolationMentions(HexagonalRules.scheduledJobsLiveInTheSchedulingAdapter(BASE), "NightlyJob");
    }

    @Test
    void every_rule_of_a_service_is_checked() {
        assertThat(HexagonalRules.forService("io.frontline.complaint")).hasSize(11);
    }

    private static void assertViolation(ArchRule rule, String offender) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(offender));
    }

    private static void assertNoViolationMentions(ArchRule rule, String innocent) {
        assertThat(rule.evaluate(FIXTURES).getFailureReport().getDetails()).noneMatch(line -> line.contains(innocent));
    }
}
