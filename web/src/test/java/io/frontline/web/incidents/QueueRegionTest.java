package io.frontline.web.incidents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: the queue narrowed to a region keeps the region on its next page and in its CSV export. */
class QueueRegionTest {

    @Test
    void the_queues_own_links_keep_the_region() {
        String next = IncidentPages.withRegion(IncidentPages.queueHref(null, null, "high", null, null, "reported",
                "2026-11-01", "2026-11-07", null, "abc"), "north");
        assertThat(next).isEqualTo("/incidents?severity=high&dates=reported&from=2026-11-01&to=2026-11-07&cursor=abc"
                + "&region=north");
        assertThat(IncidentPages.withRegion("/incidents", "south")).isEqualTo("/incidents?region=south");
        assertThat(IncidentPages.withRegion("/incidents?site=ams-centrum", null)).isEqualTo("/incidents?site=ams-centrum");
    }
}
