package io.frontline.notification;

import io.frontline.platform.testing.infra.GreenMailResource;
import io.frontline.platform.testing.infra.KafkaResource;
import io.frontline.platform.testing.infra.KeycloakResource;
import io.frontline.platform.testing.infra.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every {@code @QuarkusTest} of this module runs against real PostgreSQL, Kafka, Keycloak and an SMTP
 * server (GreenMail), with local HTTP servers standing in for complaint-service, sanction-service and the SMS gateway.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(KeycloakResource.class)
@QuarkusTestResource(GreenMailResource.class)
@QuarkusTestResource(ComplaintServiceStub.class)
@QuarkusTestResource(SmsGatewayStub.class)
@QuarkusTestResource(SanctionServiceStub.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
