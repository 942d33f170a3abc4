package io.frontline.complaint;

import io.frontline.platform.testing.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * What operations rely on: probes that cover the database and the way to Kafka, metrics, the API description — all on
 * the management interface, none of it on the port the public reaches.
 */
@QuarkusTest
class ObservabilityTest {

    @Test
    void readiness_covers_the_database_and_liveness_the_outbox_relay_not_kafka() {
        given().baseUri(Metrics.managementUrl()).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItems("outbox-relay")));
        given().baseUri(Metrics.managementUrl()).get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("outbox-relay"));
    }

    @Test
    void prometheus_metrics_include_the_outbox() {
        String metrics = Metrics.scrape();
        org.assertj.core.api.Assertions.assertThat(metrics).contains("frontline_outbox_published_total",
                "frontline_outbox_pending", "frontline_outbox_oldest_age_seconds", "jvm_memory_used_bytes");
    }

    @Test
    void the_api_is_described_with_openapi() {
        given().baseUri(Metrics.managementUrl()).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/complaints"));
    }

    @Test
    void metrics_health_details_and_the_api_description_are_not_on_the_public_port() {
        for (String path : new String[]{"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/openapi",
                "/q/swagger-ui/"}) {
            given().redirects().follow(false).get(path).then().statusCode(404);
        }
        given().baseUri(Metrics.managementUrl()).get("/q/metrics").then().statusCode(200)
                .body(containsString("frontline_outbox_pending"));
    }

    @Test
    void every_operation_is_described_with_an_id_a_summary_and_its_errors_as_problem_details() {
        given().baseUri(Metrics.managementUrl()).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/complaints'.post.operationId", equalTo("ComplaintResource_file"))
                .body("paths.'/api/complaints'.post.summary", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("paths.'/api/complaints'.post.responses.'401'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/complaints'.post.responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/public/complaints'.post.responses.'429'.headers.'Retry-After'.schema.format",
                        equalTo("int32"))
                .body("paths.'/api/public/complaints'.post.security", equalTo(java.util.List.of(java.util.Map.of())));
    }
}
