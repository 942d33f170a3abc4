package io.frontline.complaint.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the workflow steps. */
final class WorkflowRequests {
    private WorkflowRequests() {
    }

    /** An answer, a question to the complainant or a message. */
    record Text(@NotBlank @Size(max = 10000) String text) {
    }

    /** The substantive reason is checked by the domain, which explains what is missing. */
    record Decline(@jakarta.validation.constraints.NotBlank @Size(max = 4000) String reason) {
    }

    record Rejection(@Size(max = 10000) String reason) {
    }

    record Assignment(@NotBlank @Size(max = 100) String assignee) {
    }

    record Escalation(
            @NotNull @Pattern(regexp = "management|external-committee",
                    message = "must be management or external-committee") String level,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record Message(
            @NotNull @Pattern(regexp = "complainant|internal", message = "must be complainant or internal")
            String visibility,
            @NotBlank @Size(max = 10000) String text) {
    }

    record Conduct(
            @NotNull @Pattern(regexp = "reasonable|unreasonable|undetermined",
                    message = "must be reasonable, unreasonable or undetermined") String demand,
            @NotNull @Pattern(regexp = "acceptable|abusive|undetermined",
                    message = "must be acceptable, abusive or undetermined") String manner,
            List<@Pattern(regexp = "threat|insult|discrimination|disproportionate-demand|threat-to-expose-online"
                    + "|excessive-length-or-repetition", message = "is not a conduct indicator") String> indicators,
            @NotBlank @Size(max = 2000) String reason) {
    }
}
