package io.frontline.notification.adapter.out.persistence;

import io.frontline.notification.application.domain.model.CustomerNotices.DeliveryAbout;
import io.frontline.notification.application.domain.model.CustomerNotices.InboxEntryAbout;
import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.port.out.CustomerDataPort;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.persistence.JdbcRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's notices by subject key: a delivery to {@code customer:<key>}, or one whose stored notice (JSON) names
 * the key — {@code strpos}, not {@code LIKE}: a key may hold '_'; and the deliveries to {@code complainant:<id>} of
 * the customer's complaints (their mails carry no key). A rare request; it reads the table through.
 */
@ApplicationScoped
class CustomerDataPersistenceAdapter implements CustomerDataPort {
    private static final String WAITING = "('PENDING', 'RETRYING', 'HELD')";
    /** Replaces the key in a notice to staff: the notice stays, naming nobody. */
    static final String ERASED = "erased-subject";

    @Inject
    Sql sql;

    /** The recipient ids of the customer: {@code customer:<key>}, then {@code complainant:<id>} per complaint. */
    private static List<String> recipients(String subjectKey, Set<UUID> complaints) {
        List<String> recipients = new ArrayList<>();
        recipients.add(Delivery.CUSTOMER_PREFIX + subjectKey);
        complaints.stream().map(id -> Delivery.COMPLAINANT_PREFIX + id).forEach(recipients::add);
        return recipients;
    }

    /** A delivery to one of the recipients, or one whose notice names the key; its parameters follow. */
    private static String about(List<String> recipients) {
        return "(d.recipient_id IN (" + String.join(", ", Collections.nCopies(recipients.size(), "?"))
                + ") OR strpos(d.notice, ?) > 0)";
    }

    private static Object[] params(List<String> recipients, String subjectKey) {
        List<Object> params = new ArrayList<>(recipients);
        params.add(subjectKey);
        return params.toArray();
    }

    @Override
    public List<DeliveryAbout> deliveriesAbout(String subjectKey, Set<UUID> complaints) {
        List<String> recipients = recipients(subjectKey, complaints);
        Set<String> toTheCustomer = Set.copyOf(recipients);
        return sql.query("SELECT id, event_type, channel, status, recipient_id, notice, created_at, sent_at "
                + "FROM delivery d WHERE " + about(recipients) + " ORDER BY created_at, id", rs -> new DeliveryAbout(
                rs.getObject("id", UUID.class), rs.getString("event_type"), WireName.fromConstant(rs.getString("channel")),
                WireName.fromConstant(rs.getString("status")), toTheCustomer.contains(rs.getString("recipient_id")),
                referenceOf(NoticeJson.read(rs.getString("notice"))), JdbcRows.instant(rs, "created_at"),
                JdbcRows.instant(rs, "sent_at")), params(recipients, subjectKey));
    }

    /** The notice's reference, else a ban notice's own (what the customer's mail showed them). */
    private static String referenceOf(Notice notice) {
        return notice.reference() != null ? notice.reference() : notice.fact("noticeReference");
    }

    @Override
    public List<InboxEntryAbout> inboxEntriesAbout(String subjectKey) {
        List<String> recipients = recipients(subjectKey, Set.of());
        return sql.query("SELECT i.id, i.event_type, i.title, i.reference, i.created_at FROM inbox_entry i "
                + "WHERE EXISTS (SELECT 1 FROM delivery d WHERE d.delivery_key = i.delivery_key "
                + "AND d.recipient_id = i.recipient_id AND d.channel = 'IN_APP' AND " + about(recipients) + ") "
                + "ORDER BY i.created_at, i.id", rs -> new InboxEntryAbout(rs.getObject("id", UUID.class),
                rs.getString("event_type"), rs.getString("title"), rs.getString("reference"),
                JdbcRows.instant(rs, "created_at")), params(recipients, subjectKey));
    }

    @Override
    public List<String> waitingDeliveriesAbout(String subjectKey, Set<UUID> complaints) {
        List<String> recipients = recipients(subjectKey, complaints);
        return sql.query("SELECT id FROM delivery d WHERE " + about(recipients) + " AND d.status IN " + WAITING
                + " ORDER BY created_at, id", rs -> rs.getString("id"), params(recipients, subjectKey));
    }

    @Override
    public int eraseEndedDeliveries(String subjectKey, Set<UUID> complaints) {
        List<String> recipients = recipients(subjectKey, complaints);
        int toCustomer = sql.update("DELETE FROM delivery d WHERE d.recipient_id IN ("
                + String.join(", ", Collections.nCopies(recipients.size(), "?")) + ") AND d.status NOT IN " + WAITING,
                recipients.toArray());
        int toStaff = sql.update("UPDATE delivery d SET notice = replace(d.notice, ?, ?), version = version + 1 "
                + "WHERE strpos(d.notice, ?) > 0 AND d.status NOT IN " + WAITING, subjectKey, ERASED, subjectKey);
        return toCustomer + toStaff;
    }
}
