package io.frontline.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure the database knows better than any one replica — complaints overdue now, escalations nobody has
 * acknowledged yet — as one gauge per value of a tag. One query, at most every five seconds however often Prometheus
 * asks; NaN while the database cannot be read. Every replica reports the same figure, so dashboards and alerts take
 * the {@code max} across replicas, never the sum.
 *
 * <p>The query returns rows of (tag value, figure); a tag value it does not return reads 0. Every {@code ?} in it is
 * bound to the service's clock's "now", so that a figure about terms follows the same clock as the terms do.
 */
public final class QueryGauge {
    private static final Logger LOG = Logger.getLogger(QueryGauge.class);
    private static final Duration FRESH = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final Clock clock;
    private final String sql;
    private volatile Reading last;

    private record Reading(Map<String, Double> figures, Instant at) {
    }

    private QueryGauge(DataSource dataSource, Clock clock, String sql) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.sql = sql;
    }

    /**
     * Registers {@code name{tag=value}} for every value.
     *
     * @param sql rows of (tag value, figure); {@code ?} is the clock's now
     */
    public static QueryGauge register(MeterRegistry registry, DataSource dataSource, Clock clock, String name,
                                      String description, String baseUnit, String tag, List<String> values,
                                      String sql) {
        QueryGauge gauge = new QueryGauge(dataSource, clock, sql);
        for (String value : values) {
            // Held strongly: nothing else keeps the reading alive, and Micrometer holds a gauge's object weakly.
            Gauge.Builder<QueryGauge> builder = Gauge.builder(name, gauge, g -> g.figure(value))
                    .description(description).tag(tag, value).strongReference(true);
            if (baseUnit != null) {
                builder.baseUnit(baseUnit);
            }
            builder.register(registry);
        }
        return gauge;
    }

    /** The figure for one tag value, at most five seconds old; NaN when the database cannot be read. */
    public double figure(String value) {
        Reading reading = read();
        return reading == null ? Double.NaN : reading.figures().getOrDefault(value, 0.0);
    }

    private Reading read() {
        Reading reading = last;
        Instant real = Instant.now();
        if (reading != null && Duration.between(reading.at(), real).compareTo(FRESH) < 0) {
            return reading;
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 1; i <= query.getParameterMetaData().getParameterCount(); i++) {
                query.setTimestamp(i, now);
            }
            Map<String, Double> figures = new HashMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    figures.put(rs.getString(1), rs.getDouble(2));
                }
            }
            reading = new Reading(Map.copyOf(figures), real);
            last = reading;
            return reading;
        } catch (SQLException e) {
            if (reading != null) {
                LOG.warnf("A gauge's query failed, the figure reads NaN until it works again: %s", e.getMessage());
            }
            last = null;
            return null;
        }
    }

    /** Forgets the last reading, so that the next scrape queries again (tests that change the data). */
    public void forget() {
        last = null;
    }
}
