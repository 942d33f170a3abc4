package io.frontline.platform.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ActorTest {
    @Test
    void a_site_manager_sees_only_their_own_sites() {
        Actor manager = new Actor("sanne", Set.of(Roles.SITE_MANAGER), Set.of("ams-centrum"), Set.of());
        assertThat(manager.canAccessSite("ams-centrum", "north")).isTrue();
        assertThat(manager.canAccessSite("utr-centraal", "north")).isFalse();
    }

    @Test
    void a_regional_manager_sees_the_sites_of_their_region() {
        Actor regional = new Actor("noor", Set.of(Roles.REGIONAL_MANAGER), Set.of(), Set.of("north"));
        assertThat(regional.canAccessSite("utr-centraal", "north")).isTrue();
        assertThat(regional.canAccessSite("ein-centrum", "south")).isFalse();
    }

    @Test
    void hq_safety_sees_the_whole_chain() {
        Actor hq = new Actor("henk", Set.of(Roles.HQ_SAFETY), Set.of(), Set.of());
        assertThat(hq.canAccessSite("ein-centrum", "south")).isTrue();
    }
}
