package io.frontline.sanction.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request bodies of the measure endpoints. Enumerations are wire names: {@code contact-ban}, {@code in-person}. */
final class MeasureRequests {
    private MeasureRequests() {
    }

    /**
     * A customer measure by hand. The customer is a subject key, or an identifier hashed at once. A ban
     * has a duration (ISO-8601, {@code P1M}) and its terms: {@code contact} for a contact ban, {@code entry}
     * for an entry ban.
     */
    public record ProposeMeasureRequest(@NotBlank String type, String subjectKey, String identifierKind,
                                        @Size(max = 320) String identifier, @NotBlank String site, String duration,
                                        Instant startsAt, @NotBlank @Size(max = 4000) String reason, UUID incidentId,
                                        Boolean policeReportRecommended, @Valid ContactTerms contact,
                                        @Valid EntryTerms entry) {
        @Override
        public String toString() {
            return "ProposeMeasureRequest[type=" + type + ", site=" + site + "]";
        }
    }

    /** scope: all-contact, department or employee; channels empty = every channel. */
    public record ContactTerms(@NotBlank String scope, String department, String departmentSite, String employee,
                               List<String> channels, String alternativeChannel) {
    }

    /** coverage: sites, region or chain. */
    public record EntryTerms(@NotBlank String coverage, List<String> sites, String region) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    /**
     * Lifting early: the reason, and whether the measure should never have been imposed ({@code wronglyImposed},
     * default false) — only then does it stop counting as an earlier ban on the ladder.
     */
    public record LiftRequest(@NotBlank @Size(max = 4000) String reason, Boolean wronglyImposed) {
    }

    public record ObjectionRequest(@NotBlank @Size(max = 4000) String grounds) {
    }

    /**
     * outcome: upheld, overturned or shortened (with the new {@code until}); reasonCode: facts-confirmed or
     * proportionate (upheld), facts-not-established, procedure-not-followed (overturned), disproportionate (shortened
     * or overturned) — the customer reads it in their language; reason: the decider's own words.
     */
    public record ObjectionDecisionRequest(@NotBlank @Size(max = 20) String outcome,
                                           @NotBlank @Size(max = 40) String reasonCode,
                                           @NotBlank @Size(max = 4000) String reason, Instant until) {
    }
}
