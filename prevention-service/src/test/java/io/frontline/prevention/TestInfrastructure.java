package io.frontline.prevention;

import io.frontline.platform.testing.infra.KafkaResource;
import io.frontline.platform.testing.infra.KeycloakResource;
import io.frontline.platform.testing.infra.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every {@code @QuarkusTest} of this module runs against real PostgreSQL, Kafka and Keycloak. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(KeycloakResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
