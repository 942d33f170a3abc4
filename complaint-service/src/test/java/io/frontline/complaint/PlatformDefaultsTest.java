package io.frontline.complaint;

import io.frontline.platform.testing.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * What every service shares is written once, in the platform's defaults (META-INF/microprofile-config.properties
 * of frontline-platform), and this service's application.properties no longer repeats it.
 */
@QuarkusTest
class PlatformDefaultsTest {

    @Test
    void the_service_reads_the_role_claim_the_organisation_file_and_the_subject_key_secret_from_the_platform_defaults() {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        // (the test resources override the issuer, the broker and the database with their own servers)
        for (String shared : new String[]{"quarkus.oidc.roles.role-claim-path", "frontline.organisation.file",
                "frontline.subject-key.secret", "quarkus.smallrye-openapi.info-version"}) {
            assertThat(config.getConfigValue(shared).getSourceName()).as(shared)
                    .contains("microprofile-config.properties");
        }
        assertThat(config.getConfigValue("quarkus.oidc.client-id").getValue()).isEqualTo("complaint-service");
    }

    @Test
    void the_build_takes_the_platform_defaults_too_the_api_description_names_the_oidc_scheme() {
        // quarkus.smallrye-openapi.security-scheme is read at build time, and only the platform's file sets it.
        given().baseUri(Metrics.managementUrl()).get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.SecurityScheme.type", equalTo("openIdConnect"))
                .body("info.title", equalTo("Frontline complaint service"));
    }
}
