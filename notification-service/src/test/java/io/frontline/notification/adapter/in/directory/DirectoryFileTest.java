package io.frontline.notification.adapter.in.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.organisation.OrganisationProducer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DirectoryFileTest {
    private static final Organisation ORGANISATION =
            OrganisationProducer.load("classpath:frontline/local/organisation.yaml");

    private static final String SANNE = """
              - id: sanne.manager
                name: Sanne Visser
                email: sanne.manager@demo-retail.example
                language: nl
                timeZone: Europe/Amsterdam
                roles: [site-manager]
                sites: [ams-centrum]
            """;

    @Test
    void a_valid_file_gives_the_people_with_their_language_time_zone_and_scope() {
        Directory directory = read("people:\n" + SANNE);

        Recipient sanne = directory.find("sanne.manager").orElseThrow();
        assertThat(sanne.name()).isEqualTo("Sanne Visser");
        assertThat(sanne.email()).isEqualTo("sanne.manager@demo-retail.example");
        assertThat(sanne.language()).isEqualTo(Language.NL);
        assertThat(sanne.timeZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(sanne.roles()).containsExactly("site-manager");
        assertThat(sanne.sites()).containsExactly("ams-centrum");
        assertThat(sanne.regions()).isEmpty();
    }

    @Test
    void a_mobile_number_is_kept_for_sms_and_a_malformed_one_is_refused_without_repeating_it() {
        Directory directory = read("people:\n" + SANNE + "    mobile: \"+31612345678\"\n");
        assertThat(directory.find("sanne.manager").orElseThrow().mobileNumber()).contains("+31612345678");

        InvalidDirectoryException refused = catchThrowableOfType(InvalidDirectoryException.class,
                () -> read("people:\n" + SANNE + "    mobile: \"06-12345678\"\n"));
        assertThat(refused.getMessage()).contains("sanne.manager").contains("mobile").doesNotContain("06-12345678");
    }

    @Test
    void a_file_with_unknown_sites_regions_roles_and_languages_is_refused_naming_every_problem() {
        InvalidDirectoryException refused = catchThrowableOfType(InvalidDirectoryException.class, () -> read("""
                people:
                  - id: piet.manager
                    name: Piet
                    email: piet.manager@demo-retail.example
                    language: de
                    timeZone: Europe/Atlantis
                    roles: [site-manager, boss]
                    sites: [ams-centrum, nowhere]
                  - id: noor.regional
                    name: Noor Meijer
                    email: not-an-address
                    language: nl
                    timeZone: Europe/Amsterdam
                    roles: [regional-manager]
                    regions: [east]
                """));

        assertThat(refused.problems()).containsExactlyInAnyOrder(
                "person 'piet.manager' has language 'de'; expected nl, en or ja",
                "person 'piet.manager' has an unknown timeZone 'Europe/Atlantis'",
                "person 'piet.manager' has unknown role 'boss'; expected one of [admin, committee, complaint-handler,"
                        + " counsellor, hq-safety, hr, regional-manager, site-manager, staff]",
                "person 'piet.manager' names site 'nowhere', which the organisation does not have",
                "person 'noor.regional' has e-mail 'not-an-address', which is not an e-mail address",
                "person 'noor.regional' names region 'east', which the organisation does not have");
        assertThat(refused.getMessage()).startsWith("Directory file test.yaml is invalid:")
                .contains("\n  - person 'piet.manager' names site 'nowhere'");
    }

    @Test
    void a_manager_without_anything_to_manage_is_refused() {
        assertThatThrownBy(() -> read("""
                people:
                  - id: bram.manager
                    name: Bram Smit
                    email: bram.manager@demo-retail.example
                    language: en
                    timeZone: Europe/Amsterdam
                    roles: [site-manager, regional-manager]
                """)).isInstanceOf(InvalidDirectoryException.class)
                .hasMessageContaining("person 'bram.manager' is a site-manager without sites")
                .hasMessageContaining("person 'bram.manager' is a regional-manager without regions");
    }

    @Test
    void a_person_listed_twice_is_refused() {
        assertThatThrownBy(() -> read("people:\n" + SANNE + SANNE))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessageContaining("person 'sanne.manager' is listed twice");
    }

    @Test
    void a_misspelt_field_is_refused_rather_than_ignored() {
        assertThatThrownBy(() -> read("people:\n" + SANNE.replace("sites:", "site:")))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessageContaining("cannot be read")
                .hasMessageContaining("site");
    }

    @Test
    void a_file_without_people_or_without_a_file_is_refused() {
        assertThatThrownBy(() -> read("people: []\n")).isInstanceOf(InvalidDirectoryException.class)
                .hasMessageContaining("lists nobody");
        assertThatThrownBy(() -> DirectoryFileImport.load("/nonexistent/directory.yaml", ORGANISATION))
                .isInstanceOf(InvalidDirectoryException.class).hasMessageContaining("does not exist");
    }

    @Test
    void the_demo_directory_is_valid_and_lists_every_demo_user_with_their_roles_and_scope() throws Exception {
        Directory directory = DirectoryFileImport.load("classpath:frontline/local/directory.yaml", ORGANISATION);
        JsonNode realm;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("frontline/local/frontline-realm.json")) {
            realm = new ObjectMapper().readTree(in);
        }
        int people = 0;
        for (JsonNode user : realm.get("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            people++;
            String username = user.get("username").asText();
            Recipient recipient = directory.find(username).orElseThrow(() -> new AssertionError(username + " is missing"));
            assertThat(recipient.email()).as(username).isEqualTo(user.get("email").asText());
            assertThat(recipient.name()).as(username)
                    .isEqualTo(user.get("firstName").asText() + " " + user.get("lastName").asText());
            assertThat(recipient.roles()).as(username).isEqualTo(values(user.get("realmRoles")));
            assertThat(recipient.sites()).as(username).isEqualTo(values(user.path("attributes").path("sites")));
            assertThat(recipient.regions()).as(username).isEqualTo(values(user.path("attributes").path("regions")));
        }
        assertThat(directory.recipients()).hasSize(people);
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Directory read(String yaml) {
        return DirectoryFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml",
                ORGANISATION);
    }
}
