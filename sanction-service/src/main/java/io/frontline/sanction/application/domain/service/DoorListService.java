package io.frontline.sanction.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.Site;
import io.frontline.sanction.application.domain.model.BanEntry;
import io.frontline.sanction.application.domain.model.BanQuery;
import io.frontline.sanction.application.domain.model.BanViolation;
import io.frontline.sanction.application.domain.model.Channel;
import io.frontline.sanction.application.domain.model.DoorListEntry;
import io.frontline.sanction.application.domain.model.DoorPhoto;
import io.frontline.sanction.application.domain.model.DoorPolicy;
import io.frontline.sanction.application.domain.model.DoorProfile;
import io.frontline.sanction.application.domain.model.DoorSighting;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureStatus;
import io.frontline.sanction.application.domain.model.MeasureType;
import io.frontline.sanction.application.domain.model.ReminderWords;
import io.frontline.sanction.application.domain.model.WatchFlag;
import io.frontline.sanction.application.port.in.DescribeForDoorUseCase;
import io.frontline.sanction.application.port.in.PurgeDoorPhotosUseCase;
import io.frontline.sanction.application.port.in.ReadDoorListQuery;
import io.frontline.sanction.application.port.in.RecordSightingCommand;
import io.frontline.sanction.application.port.in.RecordSightingUseCase;
import io.frontline.sanction.application.port.in.SetDoorProfileCommand;
import io.frontline.sanction.application.port.in.UploadDoorPhotoCommand;
import io.frontline.sanction.application.port.out.BanViolationsPort;
import io.frontline.sanction.application.port.out.DoorPhotoFilesPort;
import io.frontline.sanction.application.port.out.DoorRecordsPort;
import io.frontline.sanction.application.port.out.LoadMeasurePort;
import io.frontline.sanction.application.port.out.PublishSanctionEventsPort;
import io.frontline.sanction.application.port.out.WatchFlagsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The door list (issue 20): profiles and photos of people under an entry ban, the list a site's staff see at the
 * entrance, "seen at the door", and the deletion of photos once a measure has ended plus the retention.
 * Who may see what rests on the token's roles and sites and on the ban's own coverage, never on what the caller
 * says; a photo outside the caller's reach is "not found", so its existence is not revealed.
 */
@ApplicationScoped
public class DoorListService implements DescribeForDoorUseCase, ReadDoorListQuery, RecordSightingUseCase,
        PurgeDoorPhotosUseCase {
    private static final String[] DOOR_ROLES = {Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY};
    private static final String[] DESCRIBING_ROLES = {Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY};
    private static final int PURGE_BATCH = 200;
    private static final Set<MeasureStatus> ENDED = Set.of(MeasureStatus.EXPIRED, MeasureStatus.LIFTED,
            MeasureStatus.REJECTED);

    private final LoadMeasurePort measures;
    private final DoorRecordsPort records;
    private final DoorPhotoFilesPort files;
    private final WatchFlagsPort flags;
    private final BanViolationsPort violations;
    private final PublishSanctionEventsPort events;
    private final Organisation organisation;
    private final DoorPolicy policy;
    private final Clock clock;

    @Inject
    public DoorListService(LoadMeasurePort measures, DoorRecordsPort records, DoorPhotoFilesPort files,
                           WatchFlagsPort flags, BanViolationsPort violations, PublishSanctionEventsPort events,
                           Organisation organisation, DoorPolicy policy, Clock clock) {
        this.measures = measures;
        this.records = records;
        this.files = files;
        this.flags = flags;
        this.violations = violations;
        this.events = events;
        this.organisation = organisation;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Described describe(Actor actor, SetDoorProfileCommand command) {
        Measure measure = describable(actor, command.measureId());
        DoorProfile profile = new DoorProfile(measure.id(), command.description(), command.height(), command.build(),
                command.hair(), command.clothing(), command.distinguishingMarks(), actor.userId(), clock.instant());
        records.saveProfile(profile);
        records.audit(actor.userId(), "profile-set", measure.siteId(), measure.id(), null, null, profile.updatedAt());
        return new Described(profile, ReminderWords.foundIn(profile.allText()));
    }

    @Override
    @Transactional
    public DoorPhoto addPhoto(Actor actor, UploadDoorPhotoCommand command) {
        Measure measure = describable(actor, command.measureId());
        if (command.content().length > policy.maxPhotoBytes()) {
            throw new RuleViolation("file", "A photo is at most " + policy.maxPhotoBytes() + " bytes");
        }
        String declared = command.declaredType() == null ? "" : command.declaredType().toLowerCase();
        if (!policy.photoTypes().contains(declared)) {
            throw new RuleViolation("file", "A photo is one of " + String.join(", ", policy.photoTypes().stream().sorted().toList()));
        }
        UUID id = UUID.randomUUID();
        DoorPhotoFilesPort.Kept kept;
        try {
            kept = files.keep(id, command.content());
        } catch (IllegalArgumentException notAnImage) {
            throw new RuleViolation("file", "The file is not a readable photo");
        }
        DoorPhoto photo = new DoorPhoto(id, measure.id(), kept.contentType(), kept.sizeBytes(), command.lawfulBasis(),
                actor.userId(), clock.instant());
        try {
            records.savePhoto(photo);
            records.audit(actor.userId(), "photo-uploaded", measure.siteId(), measure.id(), id, null, photo.uploadedAt());
        } catch (RuntimeException e) {
            files.delete(id);
            throw e;
        }
        return photo;
    }

    /** A customer's entry or contact ban that has not ended, at a site the manager may act for. */
    private Measure describable(Actor actor, UUID measureId) {
        if (!actor.hasAnyRole(DESCRIBING_ROLES)) {
            throw new AccessDenied("Your role cannot describe people for the door list");
        }
        Measure measure = measures.load(measureId)
                .filter(m -> actor.canAccessSite(m.siteId(), organisation))
                .filter(m -> m.subjectKey().isPresent())
                .orElseThrow(() -> new NotFound("measure", measureId.toString()));
        if (measure.type() != MeasureType.ENTRY_BAN && measure.type() != MeasureType.CONTACT_BAN) {
            throw new RuleViolation("measure", "Only an entry or contact ban carries a door profile");
        }
        if (ENDED.contains(measure.status()) || measure.until().map(u -> !u.isAfter(clock.instant())).orElse(false)) {
            throw new RuleViolation("measure", "The measure has ended");
        }
        return measure;
    }

    @Override
    @Transactional
    public List<DoorListEntry> doorList(Actor actor, String siteId) {
        Site site = doorSite(actor, siteId, "see the door list");
        Instant now = clock.instant();
        List<DoorListEntry> list = new ArrayList<>();
        for (DoorRecordsPort.BanInForce ban : records.entryBansInForceAt(site.id(), site.regionId(), now)) {
            list.add(new DoorListEntry(DoorListEntry.Kind.BAN, ban.measureId(), null, ban.until(),
                    records.profileOf(ban.measureId()).orElse(null),
                    records.photosOf(ban.measureId()).stream().map(DoorPhoto::id).toList(), null));
        }
        for (WatchFlag flag : flags.inForceAt(site.id(), site.regionId(), now)) {
            list.add(new DoorListEntry(DoorListEntry.Kind.FLAG, null, flag.id(), flag.until(), null, List.of(),
                    flag.note()));
        }
        records.audit(actor.userId(), "door-list-viewed", site.id(), null, null, null, now);
        return list;
    }

    @Override
    @Transactional
    public PhotoContent photo(Actor actor, UUID photoId) {
        if (!actor.hasAnyRole(DOOR_ROLES)) {
            throw new AccessDenied("Your role cannot see the door list");
        }
        Instant now = clock.instant();
        DoorPhoto photo = records.photo(photoId).orElseThrow(() -> new NotFound("photo", photoId.toString()));
        Measure measure = measures.load(photo.measureId()).orElseThrow(() -> new NotFound("photo", photoId.toString()));
        if (!maySeePhotosOf(actor, measure, now)) {
            throw new NotFound("photo", photoId.toString());
        }
        byte[] bytes = files.read(photoId).orElseThrow(() -> new NotFound("photo", photoId.toString()));
        records.audit(actor.userId(), "photo-viewed", null, measure.id(), photoId, null, now);
        return new PhotoContent(photo.contentType(), bytes);
    }

    /**
     * Managers of the measure's own site (and HQ safety) always; staff and managers of a site the ban covers while
     * it is in force there.
     */
    private boolean maySeePhotosOf(Actor actor, Measure measure, Instant now) {
        if (actor.hasAnyRole(DESCRIBING_ROLES) && actor.canAccessSite(measure.siteId(), organisation)) {
            return true;
        }
        BanEntry ban = BanEntry.of(measure);
        if (ban == null || !(ban.terms() instanceof EntryBanTerms entry) || !ban.inForceAt(now)) {
            return false;
        }
        return sitesOf(actor).stream().anyMatch(site -> entry.covers(site.id(), site.regionId()));
    }

    private List<Site> sitesOf(Actor actor) {
        return organisation.sites().stream().filter(site -> actor.canAccessSite(site.id(), site.regionId())).toList();
    }

    @Override
    @Transactional
    public List<DoorSighting> sightings(Actor actor, UUID measureId) {
        if (!actor.hasAnyRole(DESCRIBING_ROLES)) {
            throw new AccessDenied("Your role cannot see sightings");
        }
        Measure measure = measures.load(measureId).filter(m -> actor.canAccessSite(m.siteId(), organisation))
                .orElseThrow(() -> new NotFound("measure", measureId.toString()));
        return records.sightingsOf(measure.id());
    }

    @Override
    @Transactional
    public DoorSighting seen(Actor actor, RecordSightingCommand command) {
        Site site = doorSite(actor, command.siteId(), "record sightings");
        Instant now = clock.instant();
        Measure measure = measures.load(command.measureId())
                .orElseThrow(() -> new NotFound("entry ban", command.measureId().toString()));
        BanEntry ban = BanEntry.of(measure);
        if (ban == null || measure.type() != MeasureType.ENTRY_BAN || !ban.applies(new BanQuery(
                measure.subjectKey().orElseThrow(), site.id(), site.regionId(), Channel.IN_PERSON, null, null, now))) {
            throw new NotFound("entry ban in force at " + site.id(), command.measureId().toString());
        }
        BanViolation violation = new BanViolation(UUID.randomUUID(), measure.id(), measure.type(), ban.subjectKey(),
                site.id(), Channel.IN_PERSON, null, null, actor.userId(), now);
        boolean counted = violations.recordOnce(violation);
        DoorSighting sighting = new DoorSighting(UUID.randomUUID(), measure.id(), site.id(), actor.userId(), now,
                counted ? violation.id() : null);
        records.saveSighting(sighting);
        if (counted) {
            events.publishSeenAtDoor(sighting, violation);
        }
        records.audit(actor.userId(), "seen-at-door", site.id(), measure.id(), null, null, now);
        return sighting;
    }

    private Site doorSite(Actor actor, String siteId, String action) {
        if (!actor.hasAnyRole(DOOR_ROLES)) {
            throw new AccessDenied("Your role cannot " + action);
        }
        Site site = organisation.requestedSite(siteId);
        actor.requireAccessTo(site, action);
        return site;
    }

    @Override
    @Transactional
    public int purgeDue() {
        Instant now = clock.instant();
        Instant cutoff = now.atZone(ZoneOffset.UTC).minus(policy.retention()).toInstant();
        List<DoorPhoto> due = records.photosOfMeasuresEndedBy(cutoff, PURGE_BATCH);
        for (DoorPhoto photo : due) {
            files.delete(photo.id());
            records.markPhotoDeleted(photo.id(), now);
        }
        records.clearProfilesOfMeasuresEndedBy(cutoff, now);
        return due.size();
    }
}
