package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.sanction.application.domain.model.DoorListEntry;
import io.frontline.sanction.application.domain.model.DoorSighting;

import java.util.List;
import java.util.UUID;

/**
 * The door list of a site and its photos, for staff and managers of that site (site, region and chain scope of the
 * ban apply); every read is audited. A photo outside the reader's sites is not found (404), not forbidden.
 */
public interface ReadDoorListQuery {
    record PhotoContent(String contentType, byte[] bytes) {
    }

    List<DoorListEntry> doorList(Actor actor, String siteId);

    PhotoContent photo(Actor actor, UUID photoId);

    List<DoorSighting> sightings(Actor actor, UUID measureId);
}
