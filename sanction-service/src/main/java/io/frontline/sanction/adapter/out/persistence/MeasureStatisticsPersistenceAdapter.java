package io.frontline.sanction.adapter.out.persistence;

import io.frontline.sanction.application.domain.model.Channel;
import io.frontline.sanction.application.domain.model.MeasureStatistics;
import io.frontline.sanction.application.domain.model.MeasureType;
import io.frontline.sanction.application.port.out.MeasureStatisticsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The ladder's counts, one query each, the reader's sites and the period in the condition (customer measures only). */
@ApplicationScoped
class MeasureStatisticsPersistenceAdapter implements MeasureStatisticsPort {
    private static final String IN_PERIOD = "%1$s >= :from AND %1$s < :to";

    @Inject
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<MeasureStatistics.Outcome> outcomes(Set<String> sites, Instant from, Instant to) {
        String proposed = IN_PERIOD.formatted("proposed_at");
        String approved = IN_PERIOD.formatted("approved_at");
        String ended = IN_PERIOD.formatted("ended_at");
        Query query = em.createNativeQuery("SELECT type, rule, "
                + "count(*) FILTER (WHERE " + proposed + "), "
                + "count(*) FILTER (WHERE " + approved + "), "
                + "count(*) FILTER (WHERE status = 'REJECTED' AND " + ended + "), "
                + "count(*) FILTER (WHERE status = 'LIFTED' AND " + ended + ") "
                + "FROM measure WHERE subject_key IS NOT NULL" + scope(sites, "site_id")
                + " AND ((" + proposed + ") OR (" + approved + ") OR (" + ended + ")) "
                + "GROUP BY type, rule ORDER BY type, rule");
        bind(query, sites, from, to);
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new MeasureStatistics.Outcome(
                MeasureType.valueOf((String) r[0]), (String) r[1], n(r[2]), n(r[3]), n(r[4]), n(r[5]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MeasureStatistics.ActiveBans> activeBans(Set<String> sites) {
        Query query = em.createNativeQuery("SELECT type, count(*) FROM measure WHERE subject_key IS NOT NULL "
                + "AND status = 'ACTIVE' AND type IN ('CONTACT_BAN', 'ENTRY_BAN')" + scope(sites, "site_id")
                + " GROUP BY type ORDER BY type");
        if (sites != null) {
            query.setParameter("sites", sites);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new MeasureStatistics.ActiveBans(
                MeasureType.valueOf((String) r[0]), n(r[1]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MeasureStatistics.SiteViolations> violationsBySite(Set<String> sites, Instant from, Instant to) {
        Query query = em.createNativeQuery("SELECT site_id, count(*) FROM ban_violation WHERE "
                + IN_PERIOD.formatted("checked_at") + scope(sites, "site_id") + " GROUP BY site_id ORDER BY site_id");
        bind(query, sites, from, to);
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new MeasureStatistics.SiteViolations(
                (String) r[0], n(r[1]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MeasureStatistics.ChannelViolations> violationsByChannel(Set<String> sites, Instant from,
                                                                         Instant to) {
        Query query = em.createNativeQuery("SELECT channel, count(*) FROM ban_violation WHERE "
                + IN_PERIOD.formatted("checked_at") + scope(sites, "site_id") + " GROUP BY channel ORDER BY channel");
        bind(query, sites, from, to);
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new MeasureStatistics.ChannelViolations(
                Channel.valueOf((String) r[0]), n(r[1]))).toList();
    }

    private static String scope(Set<String> sites, String column) {
        return sites == null ? "" : " AND " + column + " IN (:sites)";
    }

    private static void bind(Query query, Set<String> sites, Instant from, Instant to) {
        query.setParameter("from", from);
        query.setParameter("to", to);
        if (sites != null) {
            query.setParameter("sites", sites);
        }
    }

    private static long n(Object count) {
        return ((Number) count).longValue();
    }
}
