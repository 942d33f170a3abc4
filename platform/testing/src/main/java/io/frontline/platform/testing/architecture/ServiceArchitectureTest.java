package io.frontline.platform.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * Checks a service's production classes against every {@link HexagonalRules} rule, one test per rule.
 * A service's {@code ArchitectureTest} extends it and names its base package.
 */
public abstract class ServiceArchitectureTest {
    private final String basePackage;

    protected ServiceArchitectureTest(String basePackage) {
        this.basePackage = basePackage;
    }

    @TestFactory
    public Stream<DynamicTest> the_service_follows_the_hexagonal_rules() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        return HexagonalRules.forService(basePackage).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}
