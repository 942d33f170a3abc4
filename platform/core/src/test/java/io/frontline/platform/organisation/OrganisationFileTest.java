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
    void the_demo_chain_counts_its_own_terms_in_amsterdam_and_repeats_over_twelve_months() {
        Organisation organisation = OrganisationProducer.load("../../deploy/local/organisation.yaml");
        assertThat(organisation.timeZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(organisation.repeatWindow().length()).isEqualTo(java.time.Period.ofMonths(12));
    }

    @Test
    void a_chain_with_sites_in_several_zones_names_its_own_zone() {
        String sites = """
                regions:
                  - {id: north, name: Noord}
                sites:
                  - {id: ams, name: A, type: branch, region: north, timeZone: Europe/Amsterdam}
                  - {id: tyo, name: T, type: branch, region: north, timeZone: Asia/Tokyo}
                """;
        assertThatThrownBy(() -> read("chain: {id: c, name: C}\n" + sites))
                .isInstanceOf(InvalidOrganisationException.class).hasMessageContaining("chain.timeZone is required");
        Organisation named = read("chain: {id: c, name: C, timeZone: Asia/Tokyo, repeatWindow: P6M}\n" + sites);
        assertThat(named.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(named.zoneOf("ams")).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(named.repeatWindow().length()).isEqualTo(java.time.Period.ofMonths(6));
        assertThatThrownBy(() -> read("chain: {id: c, name: C, timeZone: Asia/Tokyo, repeatWindow: soon}\n" + sites))
                .isInstanceOf(InvalidOrganisationException.class).hasMessageContaining("repeatWindow 'soon'");
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
