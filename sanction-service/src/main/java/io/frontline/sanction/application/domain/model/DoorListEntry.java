package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of a site's door list: an entry ban in force there (refuse entry) or a watch flag (warn, do not
 * refuse), with what staff need to recognise the person — never a name, a subject key or the incident.
 */
public record DoorListEntry(Kind kind, UUID measureId, UUID flagId, Instant until, DoorProfile profile,
                            List<UUID> photoIds, String note) {
    public enum Kind { BAN, FLAG }

    public DoorListEntry {
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }
}
