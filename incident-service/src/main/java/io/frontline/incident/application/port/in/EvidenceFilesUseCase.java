package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.Evidence;
import io.frontline.incident.application.domain.model.PolicePackage;
import io.frontline.platform.domain.Actor;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Evidence files the service keeps itself, and the police handover package. Uploading is open to whoever may give
 * a statement at the incident's site; reading a file to whoever may read the incident's evidence, each read
 * audited as reads of statements and evidence are; the package to the site's own manager and HQ safety (who read
 * both the evidence and all statements), its creation audited.
 */
public interface EvidenceFilesUseCase {
    Evidence upload(UploadEvidenceCommand command);

    /** The file's evidence record and its bytes; the read is in the audit trail. */
    EvidenceFile read(Actor actor, UUID incidentId, UUID evidenceId);

    /** Gathers the package and records its creation; write it with {@link #write}. */
    PolicePackage policePackage(Actor actor, UUID incidentId);

    /** The package as one ZIP: a PDF index and the stored files. */
    void write(PolicePackage policePackage, OutputStream out);

    record EvidenceFile(Evidence evidence, InputStream content) {
    }
}
