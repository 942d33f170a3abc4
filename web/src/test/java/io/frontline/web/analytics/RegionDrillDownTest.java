package io.frontline.web.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: a region dashboard's bars open the incidents queue of exactly that region; a site's, of that site. */
class RegionDrillDownTest {

    @Test
    void a_region_dashboards_links_carry_the_region_and_a_sites_the_site() {
        assertThat(AnalyticsViews.scopeQuery(null, "north")).isEqualTo("region=north&");
        assertThat(AnalyticsViews.scopeQuery("ams-centrum", null)).isEqualTo("site=ams-centrum&");
        assertThat(AnalyticsViews.scopeQuery(null, null)).as("the chain's").isEmpty();
    }
}
