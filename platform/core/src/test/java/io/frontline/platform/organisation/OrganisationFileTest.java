package io.frontline.platform.organisation;

import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.SiteType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationFileTest {

    @Test
    void the_demo_organisation_file_is_valid() {
        Organisation organisation = OrganisationProducer.load("../../deploy/local/organisation.yaml");
        assertThat(organisation.regions()).hasSize(2);
        assertThat(organisation.sites()).hasSize(4);
        assertThat(organisation.site("cc-rotterdam").type()).isEqualTo(SiteType.CALL_CENTER);
        assertThat(organisation.site("ams-centrum").timeZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(organisation.site("ams-centrum").calendar().isBusinessDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(organisation.sitesInRegion("north")).extracting("id").containsExactly("ams-centrum", "utr-centraal");
    }

    @Test
    void every_problem_of_a_broken_file_is_reported_at_once() {
        String yaml = """
                chain: {id: c, name: C}
                regions:
                  - {id: north, name: Noord}
                sites:
                  - {id: a, name: A, type: shop, region: west, timeZone: Mars/Olympus}
                  - {id: a, name: A2, type: branch, region: north, timeZone: Europe/Amsterdam,
                     calendar: {workingDays: [funday], holidays: [25-12-2026]}}
                """;
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.contains("type 'shop'"))
                        .anyMatch(p -> p.contains("region 'west'"))
                        .anyMatch(p -> p.contains("Mars/Olympus"))
                        .anyMatch(p -> p.contains("listed twice"))
                        .anyMatch(p -> p.contains("funday"))
                        .anyMatch(p -> p.contains("25-12-2026")));
    }

    @Test
    void unknown_keys_are_refused_so_typos_do_not_pass_silently() {
        assertThatThrownBy(() -> read("chain: {id: c, name: C}\nregionz: []\n"))
                .isInstanceOf(InvalidOrganisationException.class).hasMessageContaining("regionz");
    }

    @Test
    void a_missing_file_stops_the_start() {
        assertThatThrownBy(() -> OrganisationProducer.load("/nonexistent/organisation.yaml"))
                .isInstanceOf(InvalidOrganisationException.class).hasMessageContaining("does not exist");
    }

    private static Organisation read(String yaml) {
        return OrganisationFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
