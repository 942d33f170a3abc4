package io.frontline.complaint;

import io.frontline.platform.testing.infra.KafkaResource;
import io.frontline.platform.testing.infra.KeycloakResource;
import io.frontline.platform.testing.infra.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every {@code @QuarkusTest} of this module runs against real PostgreSQL, Kafka and Keycloak, and a small HTTP server
 * answering for the services a customer's request asks ({@link SubjectServicesStub}).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(KeycloakResource.class)
@QuarkusTestResource(SubjectServicesStub.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
