package io.frontline.complaint.application.domain.model;

/** Whether the way the complaint was voiced is acceptable, judged apart from what is asked (seed 000). */
public enum MannerJudgement {
    ACCEPTABLE, ABUSIVE, UNDETERMINED
}
