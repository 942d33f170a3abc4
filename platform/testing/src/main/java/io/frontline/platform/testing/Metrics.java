package io.frontline.platform.testing;

import io.quarkus.test.common.http.TestHTTPResourceManager;

import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** The service's Prometheus figures as a test reads them: one sample by its name and some of its tags. */
public final class Metrics {
    private Metrics() {
    }

    /**
     * The whole {@code /q/metrics} text of the service under test, from its management interface (the public port
     * has no {@code /q/metrics}).
     */
    public static String scrape() {
        return given().baseUri(managementUrl()).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The base URL of the management interface of the service under test ({@code /q/health}, {@code /q/metrics},
     * {@code /q/openapi}); its port is chosen at start ({@code quarkus.management.test-port=0}).
     */
    public static String managementUrl() {
        // Quarkus's test URL of the management interface ends in its root path (/q): the origin only, so the paths
        // read as everywhere else ("/q/metrics")
        java.net.URI uri = java.net.URI.create(TestHTTPResourceManager.getManagementUri());
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    /**
     * The sum of the samples named {@code name} that carry every given tag (0 when none does), from a fresh scrape.
     * {@code name} is the Prometheus name, e.g. {@code frontline_deliveries_total}.
     */
    public static double value(String name, Map<String, String> tags) {
        return value(scrape(), name, tags);
    }

    public static double value(String text, String name, Map<String, String> tags) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{.*})? (\\S+)$");
        return text.lines()
                .map(sample::matcher)
                .filter(java.util.regex.Matcher::matches)
                .filter(m -> tags.entrySet().stream().allMatch(t -> m.group(1) != null
                        && m.group(1).contains(t.getKey() + "=\"" + t.getValue() + "\"")))
                .mapToDouble(m -> Double.parseDouble(m.group(2)))
                .sum();
    }
}
