package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.DoorPhoto;
import io.frontline.sanction.application.domain.model.DoorProfile;
import io.frontline.sanction.application.domain.model.DoorSighting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Door profiles, photo records, sightings and the audit of who looked. */
public interface DoorRecordsPort {
    /** An entry ban in force at a site: its measure and end. */
    record BanInForce(UUID measureId, Instant until) {
    }

    void saveProfile(DoorProfile profile);

    Optional<DoorProfile> profileOf(UUID measureId);

    void savePhoto(DoorPhoto photo);

    /** A photo not deleted yet. */
    Optional<DoorPhoto> photo(UUID photoId);

    List<DoorPhoto> photosOf(UUID measureId);

    /**
     * Entry bans in force at {@code now} whose coverage includes the site (its own sites, its region, the chain),
     * soonest end first. Decided in the SQL question.
     */
    List<BanInForce> entryBansInForceAt(String siteId, String regionId, Instant now);

    /** Photos still kept of measures that ended (expired, lifted, rejected, overturned) at or before {@code cutoff}. */
    List<DoorPhoto> photosOfMeasuresEndedBy(Instant cutoff, int limit);

    void markPhotoDeleted(UUID photoId, Instant at);

    /** Clears the descriptions of measures that ended at or before {@code cutoff}; returns how many. */
    int clearProfilesOfMeasuresEndedBy(Instant cutoff, Instant at);

    void saveSighting(DoorSighting sighting);

    List<DoorSighting> sightingsOf(UUID measureId);

    void audit(String actor, String action, String siteId, UUID measureId, UUID photoId, UUID flagId, Instant at);
}
