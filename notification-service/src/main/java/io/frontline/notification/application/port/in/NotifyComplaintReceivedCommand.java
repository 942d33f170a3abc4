package io.frontline.notification.application.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A complaint was received at a site (from {@code frontline.complaint.received.v1}); {@code responseDue} may be absent. */
public record NotifyComplaintReceivedCommand(UUID eventId, String eventType, String complaintId, String reference,
                                             String siteId, LocalDate responseDue) {
    public NotifyComplaintReceivedCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
    }
}
