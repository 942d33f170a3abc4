package io.frontline.incident.application.domain.model;

/** What an evidence reference points at. */
public enum EvidenceKind {
    VIDEO, AUDIO, TRANSCRIPT, PHOTO, DOCUMENT
}
