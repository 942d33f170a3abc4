package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.PolicePackage;

import java.io.OutputStream;

/** Writes a police handover package as one ZIP: a PDF index of the whole incident, and the stored files. */
public interface PolicePackageWriterPort {
    void write(PolicePackage policePackage, EvidenceFilesPort files, OutputStream out);
}
