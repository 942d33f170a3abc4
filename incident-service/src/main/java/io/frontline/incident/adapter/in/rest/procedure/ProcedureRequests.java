package io.frontline.incident.adapter.in.rest.procedure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Request bodies of the unwanted-behaviour procedure; enums on the wire are lower-case with dashes. */
final class ProcedureRequests {
    private ProcedureRequests() {
    }

    /**
     * A formal complaint. {@code complainant} is the complainant's user id; leaving it out, or
     * {@code anonymous: true}, is refused by the rule that the committee takes up no anonymous complaint.
     */
    record FileComplaint(String complainant, Boolean anonymous, @NotBlank String accused,
                         @NotBlank @Size(max = 20_000) String complaint, UUID counsellorNoteId) {
    }

    record Acknowledgement(@NotBlank String person, boolean seen, String refusalReason) {
    }

    record HoldHearing(@NotEmpty List<@NotBlank String> heard, @NotBlank @Size(max = 50_000) String record,
                       @NotEmpty List<@Valid @NotNull Acknowledgement> acknowledgements) {
    }

    record RequestInterimMeasure(@NotBlank String measure, @Size(max = 2_000) String reason) {
    }

    record CastVote(@NotBlank String finding) {
    }

    record Sanction(@NotBlank String type, Integer suspensionDays, BigDecimal fineAmount) {
    }

    record Advice(@Valid Sanction sanction, @NotBlank String measures) {
    }

    record IssueReport(@NotEmpty List<@NotBlank String> affected, @NotBlank String finding,
                       @NotNull @Valid Advice caseAdvice, @NotBlank String generalAdvice) {
    }

    /** {@code site}: where the sanctioned employee works (required with a sanction); {@code transferToSite} for a transfer. */
    record TakeDecision(@Valid Sanction sanction, String measures, String reasons, @Size(max = 100) String site,
                        @Size(max = 100) String transferToSite) {
    }

    record FileObjection(@NotBlank @Size(max = 20_000) String reasons) {
    }

    record AnswerObjection(@NotBlank @Size(max = 20_000) String answer) {
    }

    record SubmitPosition(@NotBlank @Size(max = 20_000) String text, UUID inReplyTo) {
    }

    record AppointAdviser(@NotBlank String name) {
    }

    record EngageExpert(@NotBlank String expertise) {
    }

    /** A counsellor's note; {@code reporter} left out for an anonymous report. */
    /** {@code reporter}: the user id of their account, or a name with {@code reporterHasAccount: false}. */
    record WriteNote(@Size(max = 200) String reporter, Boolean reporterHasAccount,
                     @NotBlank @Size(max = 50_000) String text) {
    }

    /** {@code how}: in-person, phone or in-writing. */
    record RecordConsent(@NotBlank String purpose, String how) {
    }

    record GiveConsent(@NotBlank String purpose) {
    }

    record TakeAction(@NotBlank String purpose, String description) {
    }
}
