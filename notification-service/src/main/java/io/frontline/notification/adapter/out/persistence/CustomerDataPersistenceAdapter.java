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

import java.util.List;
import java.util.UUID;

/**
 * A customer's notices by subject key: a delivery to {@code customer:<key>}, or one whose stored notice (JSON) names
 * the key — {@code strpos}, not {@code LIKE}: a key may hold '_'. A rare request; it reads the table through.
 */
@ApplicationScoped
class CustomerDataPersistenceAdapter implements CustomerDataPort {
    private static final String ABOUT = "(d.recipient_id = ? OR strpos(d.notice, ?) > 0)";
    private static final String WAITING = "('PENDING', 'RETRYING', 'HELD')";
    /** Replaces the key in a notice to staff: the notice stays, naming nobody. */
    static final String ERASED = "erased-subject";

    @Inject
    Sql sql;

    @Override
    public List<DeliveryAbout> deliveriesAbout(String subjectKey) {
        String customer = Delivery.CUSTOMER_PREFIX + subjectKey;
        return sql.query("SELECT id, event_type, channel, status, recipient_id, notice, created_at, sent_at "
                + "FROM delivery d WHERE " + ABOUT + " ORDER BY created_at, id", rs -> new DeliveryAbout(
                rs.getObject("id", UUID.class), rs.getString("event_type"), WireName.fromConstant(rs.getString("channel")),
                WireName.fromConstant(rs.getString("status")), customer.equals(rs.getString("recipient_id")),
                referenceOf(NoticeJson.read(rs.getString("notice"))), JdbcRows.instant(rs, "created_at"),
                JdbcRows.instant(rs, "sent_at")), customer, subjectKey);
    }

    /** The notice's reference, else a ban notice's own (what the customer's mail showed them). */
    private static String referenceOf(Notice notice) {
        return notice.reference() != null ? notice.reference() : notice.fact("noticeReference");
    }

    @Override
    public List<InboxEntryAbout> inboxEntriesAbout(String subjectKey) {
        String customer = Delivery.CUSTOMER_PREFIX + subjectKey;
        return sql.query("SELECT i.id, i.event_type, i.title, i.reference, i.created_at FROM inbox_entry i "
                + "WHERE EXISTS (SELECT 1 FROM delivery d WHERE d.delivery_key = i.delivery_key "
                + "AND d.recipient_id = i.recipient_id AND d.channel = 'IN_APP' AND " + ABOUT + ") "
                + "ORDER BY i.created_at, i.id", rs -> new InboxEntryAbout(rs.getObject("id", UUID.class),
                rs.getString("event_type"), rs.getString("title"), rs.getString("reference"),
                JdbcRows.instant(rs, "created_at")), customer, subjectKey);
    }

    @Override
    public List<String> waitingDeliveriesAbout(String subjectKey) {
        return sql.query("SELECT id FROM delivery d WHERE " + ABOUT + " AND d.status IN " + WAITING
                + " ORDER BY created_at, id", rs -> rs.getString("id"), Delivery.CUSTOMER_PREFIX + subjectKey, subjectKey);
    }

    @Override
    public int eraseEndedDeliveries(String subjectKey) {
        int toCustomer = sql.update("DELETE FROM delivery d WHERE d.recipient_id = ? AND d.status NOT IN " + WAITING,
                Delivery.CUSTOMER_PREFIX + subjectKey);
        int toStaff = sql.update("UPDATE delivery d SET notice = replace(d.notice, ?, ?), version = version + 1 "
                + "WHERE strpos(d.notice, ?) > 0 AND d.status NOT IN " + WAITING, subjectKey, ERASED, subjectKey);
        return toCustomer + toStaff;
    }
}
