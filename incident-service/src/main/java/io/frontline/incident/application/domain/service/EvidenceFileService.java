package io.frontline.incident.application.domain.service;

import io.frontline.platform.audit.ConfidentialReads;
import io.frontline.incident.application.domain.model.AuditEntry;
import io.frontline.incident.application.domain.model.Evidence;
import io.frontline.incident.application.domain.model.EvidenceKind;
import io.frontline.incident.application.domain.model.EvidencePolicy;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.PolicePackage;
import io.frontline.incident.application.domain.model.StoredFile;
import io.frontline.incident.application.port.in.EvidenceFilesUseCase;
import io.frontline.incident.application.port.in.UploadEvidenceCommand;
import io.frontline.incident.application.port.out.CareTasksPort;
import io.frontline.incident.application.port.out.EvidenceFilesPort;
import io.frontline.incident.application.port.out.FactFindingPort;
import io.frontline.incident.application.port.out.LoadIncidentPort;
import io.frontline.incident.application.port.out.PolicePackageWriterPort;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

/** Evidence files kept by the service, and the police handover package built from an incident's facts. */
@ApplicationScoped
public class EvidenceFileService implements EvidenceFilesUseCase {
    private final LoadIncidentPort load;
    private final FactFindingPort facts;
    private final CareTasksPort careTasks;
    private final EvidenceFilesPort files;
    private final PolicePackageWriterPort writer;
    private final IncidentService incidents;
    private final EvidencePolicy policy;
    private final Organisation organisation;
    private final Clock clock;
    private final ConfidentialReads reads;

    @Inject
    public EvidenceFileService(LoadIncidentPort load, FactFindingPort facts, CareTasksPort careTasks,
                               EvidenceFilesPort files, PolicePackageWriterPort writer, IncidentService incidents,
                               EvidencePolicy policy, Organisation organisation, Clock clock,
                               ConfidentialReads reads) {
        this.reads = reads;
        this.load = load;
        this.facts = facts;
        this.careTasks = careTasks;
        this.files = files;
        this.writer = writer;
        this.incidents = incidents;
        this.policy = policy;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * Whoever works at, manages or oversees the site uploads, as they add evidence references. The size and type
     * are checked before anything is kept; the bytes are kept under the SHA-256 computed here, then the record.
     */
    @Override
    @Transactional
    public Evidence upload(UploadEvidenceCommand command) {
        Incident incident = load.load(command.incidentId())
                .orElseThrow(() -> new NotFound("incident", command.incidentId().toString()));
        if (!command.actor().canAccessSite(incident.siteId(), organisation)) {
            throw new NotFound("incident", command.incidentId().toString());
        }
        long size = sizeOf(command.content());
        policy.check(command.contentType(), size);
        String contentType = EvidencePolicy.normalise(command.contentType());
        String sha256 = sha256(command.content());
        // The bytes first: a record never points at a file that is not there (a file without a record is harmless).
        files.keep(sha256, command.content());
        UUID id = UUID.randomUUID();
        EvidenceKind kind = command.kind() != null ? command.kind() : EvidencePolicy.kindOf(contentType);
        Evidence evidence = new Evidence(id, incident.id(), kind, fileUri(incident.id(), id), sha256,
                command.capturedAt(), command.actor().userId(), clock.instant(),
                new StoredFile(command.fileName(), contentType, size));
        facts.add(evidence);
        return evidence;
    }

    /** Where the stored file is read back: this service's own API, for those who may read the evidence. */
    static String fileUri(UUID incidentId, UUID evidenceId) {
        return "/api/incidents/" + incidentId + "/evidence/" + evidenceId + "/file";
    }

    /** The same rule as reading the evidence list: managers of the site, its region, HQ safety, admins. */
    @Override
    @Transactional
    public EvidenceFile read(Actor actor, UUID incidentId, UUID evidenceId) {
        Evidence evidence = reads.guarded(actor, ConfidentialRead.EVIDENCE_FILE, evidenceId.toString(), () -> {
            incidents.readable(actor, load.load(incidentId), incidentId);
            return facts.evidenceOf(incidentId).stream()
                    .filter(e -> e.id().equals(evidenceId) && e.stored()).findFirst()
                    .orElseThrow(() -> new NotFound("evidence file", evidenceId.toString()));
        });
        InputStream content = files.open(evidence.sha256())
                .orElseThrow(() -> new IllegalStateException("evidence file " + evidenceId + " is missing from the store"));
        facts.audit(new AuditEntry(incidentId, actor.userId(), AuditEntry.READ_EVIDENCE_FILE, clock.instant()));
        reads.granted(actor, ConfidentialRead.EVIDENCE_FILE, evidenceId.toString());
        return new EvidenceFile(evidence, content);
    }

    /**
     * The package holds the statements, so it is for those who read the evidence and all statements: the site's
     * own manager and HQ safety. For anyone else the incident does not exist.
     */
    @Override
    @Transactional
    public PolicePackage policePackage(Actor actor, UUID incidentId) {
        Incident incident = incidents.readable(actor, load.load(incidentId), incidentId);
        boolean readsAll = actor.hasRole(Roles.HQ_SAFETY)
                || (actor.hasRole(Roles.SITE_MANAGER) && actor.sites().contains(incident.siteId()));
        if (!readsAll) {
            throw new NotFound("incident", incidentId.toString());
        }
        facts.audit(new AuditEntry(incidentId, actor.userId(), AuditEntry.POLICE_PACKAGE, clock.instant()));
        return PolicePackage.of(incident, facts.statementsOf(incidentId), facts.evidenceOf(incidentId),
                careTasks.tasksOf(incidentId), actor.userId(), clock.instant());
    }

    @Override
    public void write(PolicePackage policePackage, OutputStream out) {
        writer.write(policePackage, files, out);
    }

    private static long sizeOf(Path content) {
        try {
            return Files.size(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path content) {
        try (InputStream in = Files.newInputStream(content)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
