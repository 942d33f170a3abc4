package io.frontline.web.complaints;

import io.frontline.web.Option;

import java.util.List;

/**
 * A complaint as its handler sees it, every text already in the reader's language; the {@code may...} flags say which
 * forms the complaint's state offers (complaint-service decides whether the step is allowed).
 */
public record ComplaintView(String id, String reference, String subject, String description, String status,
                            String statusLabel, String site, String channel, String category, String received,
                            String due, boolean termPaused, String assignee, String escalation, boolean closed,
                            boolean acts, boolean mayAcknowledge, boolean mayStart, boolean mayResume, boolean mayAssign,
                            boolean mayAnswer, boolean mayReject, boolean mayEscalate, boolean assignedToMe,
                            Conduct conduct, Proposal reassessment, Proposal rejection, List<String> suggestions,
                            boolean screened, List<Option> indicators, List<Option> demands, List<Option> manners,
                            List<Option> levels, List<Entry> timeline, String done, ComplaintPage.FormError error) {

    /** The assessment in force (seed 000). */
    public record Conduct(String demand, String manner, String demandCode, String mannerCode, List<String> indicators,
                          String reason, String assessedBy, String approvedBy) {
    }

    /** A proposal waiting for a second person; {@code mine}: the reader proposed it. */
    public record Proposal(String what, String reason, String proposedBy, boolean mine) {
    }

    public record Entry(String at, String actor, String by, String line, String text, boolean toComplainant) {
    }

    /** The error of {@code form}, if that is the form that was refused. */
    public String errorOf(String form) {
        return error != null && error.form().equals(form) ? error.message() : null;
    }

    public String serviceWordsOf(String form) {
        return error != null && error.form().equals(form) ? error.serviceWords() : null;
    }
}
