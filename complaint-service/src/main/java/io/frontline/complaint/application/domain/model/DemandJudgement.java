package io.frontline.complaint.application.domain.model;

/** Whether what the complainant asks for is reasonable, judged apart from how it was said (seed 000). */
public enum DemandJudgement {
    REASONABLE, UNREASONABLE, UNDETERMINED
}
