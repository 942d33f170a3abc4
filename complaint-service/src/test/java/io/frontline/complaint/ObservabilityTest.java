package io.frontline.complaint;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** What operations rely on: probes that cover the database and the way to Kafka, metrics, the API description. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void readiness_covers_the_database_and_liveness_the_outbox_relay_not_kafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItems("outbox-relay")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("outbox-relay"));
    }

    @Test
    void prometheus_metrics_include_the_outbox() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("frontline_outbox_published_total"))
                .body(containsString("frontline_outbox_pending"))
                .body(containsString("frontline_outbox_oldest_age_seconds"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void the_api_is_described_with_openapi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/complaints"));
    }
}
