package io.frontline.incident;

import io.frontline.platform.testing.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.frontline.incident.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/** The figures operations watch (issue 18): incidents reported, by how serious and by which way they came in. */
@QuarkusTest
class BusinessMetricsTest {

    @Test
    void each_report_counts_once_under_its_severity_and_its_source() {
        Map<String, String> criticalByStaff = Map.of("severity", "critical", "source", "staff_report");
        Map<String, String> lowByStaff = Map.of("severity", "low", "source", "staff_report");
        double critical = Metrics.value("frontline_incidents_reported_total", criticalByStaff);
        double low = Metrics.value("frontline_incidents_reported_total", lowByStaff);

        assertThat(report("emma.staff", "ams-centrum", List.of("physical-violence"), null))
                .containsEntry("severity", "critical");
        assertThat(report("emma.staff", "ams-centrum", List.of("unreasonable-demand"), null)).containsEntry("severity", "low");
        assertThat(report("daan.staff", "utr-centraal", List.of("unreasonable-demand"), null)).containsEntry("severity", "low");

        assertThat(Metrics.value("frontline_incidents_reported_total", criticalByStaff)).isEqualTo(critical + 1);
        assertThat(Metrics.value("frontline_incidents_reported_total", lowByStaff)).isEqualTo(low + 2);
    }
}
