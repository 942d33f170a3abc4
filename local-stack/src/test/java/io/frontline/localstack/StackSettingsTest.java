package io.frontline.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StackSettingsTest {
    @TempDir
    Path home;

    @Test
    void without_variables_the_parts_take_the_ports_the_services_expect_by_default() {
        StackSettings settings = StackSettings.fromEnvironment(Path.of("/repo"), Map.of("FRONTLINE_HOME", home.toString()));

        assertThat(settings.postgresBaseUrl()).isEqualTo("jdbc:postgresql://localhost:5432/");
        assertThat(settings.kafkaBootstrap()).isEqualTo("localhost:9092");
        assertThat(settings.realmUrl()).isEqualTo("http://localhost:8180/realms/frontline");
        assertThat(settings.serviceUrl("sanction-service")).isEqualTo("http://localhost:8083");
    }

    @Test
    void the_port_base_moves_every_port_and_a_part_variable_moves_one() {
        StackSettings settings = StackSettings.fromEnvironment(Path.of("/repo"), Map.of("FRONTLINE_HOME", home.toString(),
                "FRONTLINE_PORT_BASE", "20000", "FRONTLINE_PORT_KEYCLOAK", "18080"));

        assertThat(settings.port("postgres")).isEqualTo(20000);
        assertThat(settings.port("kafka")).isEqualTo(20001);
        assertThat(settings.port("smtp")).isEqualTo(20004);
        assertThat(settings.port("notification-service")).isEqualTo(20014);
        assertThat(settings.port("prevention-service")).isEqualTo(20015);
        assertThat(settings.port("web")).isEqualTo(20010);
        assertThat(settings.keycloakUrl()).isEqualTo("http://localhost:18080");
    }

    @Test
    void the_web_signs_in_at_the_stacks_keycloak_and_calls_its_services_with_a_kept_cookie_secret() {
        StackSettings settings = StackSettings.fromEnvironment(Path.of("/repo"), Map.of("FRONTLINE_HOME", home.toString()));
        assertThat(settings.port("web")).isEqualTo(8080);
        assertThat(settings.webEnvironment())
                .containsEntry("QUARKUS_HTTP_PORT", "8080")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/frontline")
                .containsEntry("QUARKUS_REST_CLIENT_COMPLAINT_SERVICE_URL", "http://localhost:8081")
                .containsEntry("QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", "http://localhost:8082")
                .containsKey("FRONTLINE_WEB_COOKIE_SECRET");
        settings.save();
        assertThat(StackSettings.fromEnvironment(Path.of("/repo"), Map.of("FRONTLINE_HOME", home.toString()))
                .webCookieSecret()).isEqualTo(settings.webCookieSecret());
    }

    @Test
    void the_secrets_of_the_first_up_are_kept_by_the_next_because_stored_subject_keys_depend_on_them() {
        StackSettings first = StackSettings.fromEnvironment(Path.of("/repo"), Map.of("FRONTLINE_HOME", home.toString()));
        first.save();

        StackSettings second = StackSettings.fromEnvironment(Path.of("/repo"), Map.of("FRONTLINE_HOME", home.toString(),
                "FRONTLINE_PORT_BASE", "30000"));

        assertThat(second.subjectKeySecret()).isEqualTo(first.subjectKeySecret()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(second.linkSecret()).isEqualTo(first.linkSecret());
        assertThat(StackSettings.current(Path.of("/repo"), Map.of("FRONTLINE_HOME", home.toString())).port("postgres"))
                .as("later commands reach the stack as it was started").isEqualTo(5432);
    }

    @Test
    void existing_servers_are_used_instead_of_starting_them() {
        StackSettings settings = StackSettings.fromEnvironment(Path.of("/repo"), Map.of("FRONTLINE_HOME", home.toString(),
                "FRONTLINE_PG_URL", "jdbc:postgresql://db:5432", "FRONTLINE_KAFKA_BOOTSTRAP", "broker:9092",
                "FRONTLINE_KEYCLOAK_URL", "http://sso:8080/"));

        assertThat(settings.externalPostgres()).isTrue();
        assertThat(settings.serviceEnvironment("incident-service"))
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/incident")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "incident")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "broker:9092")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://sso:8080/realms/frontline");
    }

    @Test
    void every_service_gets_the_secrets_the_prod_profile_requires_and_notification_service_its_mail_server() {
        StackSettings settings = StackSettings.fromEnvironment(Path.of("/repo"), Map.of("FRONTLINE_HOME", home.toString()));

        for (String service : StackSettings.SERVICES) {
            assertThat(settings.serviceEnvironment(service)).containsKeys("QUARKUS_HTTP_PORT",
                    "FRONTLINE_SUBJECT_KEY_SECRET", "FRONTLINE_ORGANISATION_FILE");
        }
        assertThat(settings.serviceEnvironment("notification-service"))
                .containsEntry("QUARKUS_MAILER_PORT", "2525")
                .containsEntry("FRONTLINE_NOTIFICATION_DIRECTORY_FILE", "/repo/deploy/local/directory.yaml")
                .containsKeys("FRONTLINE_NOTIFICATION_LINK_SECRET", "FRONTLINE_NOTIFICATION_WEBHOOK_SECRET");
        // The reply tokens in mail to complainants are signed with a secret the prod profile requires.
        assertThat(settings.serviceEnvironment("complaint-service")).containsKey("FRONTLINE_COMPLAINT_REPLY_TOKEN_SECRET");
    }
}
