package io.frontline.incident.application.domain.model.procedure;

/**
 * The committee's judgement of the plausibility of the complaint (seed 004: "de beoordeling van de commissie
 * over de aannemelijkheid van de klacht"), which also fixes what management may decide: sanctions for a
 * founded complaint, normalising the workplace for an unfounded one, rehabilitation of the accused and
 * measures against the complainant for a knowingly false one.
 */
public enum Finding {
    FOUNDED, UNFOUNDED, KNOWINGLY_FALSE
}
