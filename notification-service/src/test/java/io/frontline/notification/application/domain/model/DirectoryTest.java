package io.frontline.notification.application.domain.model;

import io.frontline.platform.domain.BusinessCalendar;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.SiteType;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Site AMS = site("ams-centrum", "north");
    private static final Site UTR = site("utr-centraal", "north");
    private static final Site EIN = site("ein-centrum", "south");

    private static final Recipient SANNE = person("sanne.manager", Set.of(Roles.SITE_MANAGER), Set.of("ams-centrum"), Set.of());
    private static final Recipient MILA = person("mila.manager", Set.of(Roles.SITE_MANAGER), Set.of("ams-centrum", "utr-centraal"), Set.of());
    private static final Recipient EMMA = person("emma.staff", Set.of(Roles.STAFF), Set.of("ams-centrum"), Set.of());
    private static final Recipient CHRIS = person("chris.handler", Set.of(Roles.COMPLAINT_HANDLER), Set.of("ams-centrum"), Set.of());
    private static final Recipient NOOR = person("noor.regional", Set.of(Roles.REGIONAL_MANAGER), Set.of(), Set.of("north"));
    private static final Recipient THIJS = person("thijs.regional", Set.of(Roles.REGIONAL_MANAGER), Set.of(), Set.of("south"));
    private static final Recipient HENK = person("henk.hq", Set.of(Roles.HQ_SAFETY), Set.of(), Set.of());

    @Test
    void the_site_managers_of_a_site_are_the_people_with_role_site_manager_whose_sites_contain_it() {
        Directory directory = new Directory(List.of(SANNE, MILA, EMMA, CHRIS, NOOR, HENK));

        assertThat(directory.siteManagersOf("ams-centrum")).extracting(Recipient::id)
                .containsExactly("mila.manager", "sanne.manager");
        assertThat(directory.siteManagersOf("utr-centraal")).extracting(Recipient::id).containsExactly("mila.manager");
        assertThat(directory.siteManagersOf("ein-centrum")).isEmpty();
    }

    @Test
    void working_at_a_site_without_the_manager_role_does_not_make_someone_its_manager() {
        Directory directory = new Directory(List.of(EMMA, CHRIS));

        assertThat(directory.siteManagersOf("ams-centrum")).isEmpty();
    }

    @Test
    void a_site_manager_is_the_first_to_hear_about_their_site_not_the_regional_manager() {
        Directory directory = new Directory(List.of(SANNE, NOOR, HENK));

        assertThat(directory.firstResponsibleFor(AMS)).containsExactly(SANNE);
    }

    @Test
    void a_site_without_a_manager_falls_to_the_regional_managers_of_its_region() {
        Directory directory = new Directory(List.of(SANNE, NOOR, THIJS, HENK));

        assertThat(directory.firstResponsibleFor(UTR)).containsExactly(NOOR);
        assertThat(directory.firstResponsibleFor(EIN)).containsExactly(THIJS);
    }

    @Test
    void a_site_without_manager_in_a_region_without_manager_falls_to_hq_safety() {
        Directory directory = new Directory(List.of(SANNE, NOOR, HENK));

        assertThat(directory.firstResponsibleFor(EIN)).containsExactly(HENK);
    }

    @Test
    void an_empty_directory_has_nobody_responsible() {
        assertThat(new Directory(List.of()).firstResponsibleFor(AMS)).isEmpty();
    }

    private static Recipient person(String id, Set<String> roles, Set<String> sites, Set<String> regions) {
        return new Recipient(id, id, id + "@demo-retail.example", Language.NL, AMSTERDAM, roles, sites, regions);
    }

    private static Site site(String id, String region) {
        return new Site(id, id, SiteType.BRANCH, region, AMSTERDAM, BusinessCalendar.MONDAY_TO_FRIDAY, List.of());
    }
}
