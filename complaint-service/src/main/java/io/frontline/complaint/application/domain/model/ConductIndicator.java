package io.frontline.complaint.application.domain.model;

/**
 * Signs of unacceptable conduct in a complaint (seed 000: threats, insults, discrimination, demands out of
 * all proportion such as a kneeling apology or excessive compensation, threats to expose staff online,
 * excessive length or repetition).
 */
public enum ConductIndicator {
    THREAT, INSULT, DISCRIMINATION, DISPROPORTIONATE_DEMAND, THREAT_TO_EXPOSE_ONLINE, EXCESSIVE_LENGTH_OR_REPETITION
}
