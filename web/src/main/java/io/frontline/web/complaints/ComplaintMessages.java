package io.frontline.web.complaints;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the complaint screens in nl, en and ja: {@code messages/complaints_<language>.properties}, used in
 * templates as {@code {complaints:key}}. The timeline's codes are worded here for staff (the complainant's pages word
 * the same codes for the complainant in the shared bundle).
 */
@MessageBundle(value = "complaints", locale = "en")
public interface ComplaintMessages {
    @Message
    String queue_title();

    @Message
    String queue_intro();

    @Message
    String filter_title();

    @Message
    String filter_status();

    @Message
    String filter_status_open();

    @Message
    String filter_status_all();

    @Message
    String filter_site();

    @Message
    String filter_any();

    @Message
    String filter_assignee();

    @Message
    String filter_assignee_mine();

    @Message
    String filter_assignee_unassigned();

    @Message
    String filter_category();

    @Message
    String filter_channel();

    @Message
    String filter_due();

    @Message
    String filter_due_soon();

    @Message
    String filter_due_overdue();

    @Message
    String filter_from();

    @Message
    String filter_to();

    @Message
    String filter_reference();

    @Message
    String filter_sort();

    @Message
    String sort_due();

    @Message
    String sort_due_last();

    @Message
    String sort_received();

    @Message
    String sort_received_last();

    @Message
    String filter_apply();

    @Message
    String filter_reset();

    @Message
    String queue_empty();

    @Message
    String queue_next();

    @Message
    String queue_first();

    @Message
    String queue_due(String date);

    @Message
    String queue_overdue(String date);

    @Message
    String queue_paused();

    @Message
    String queue_assignee(String name);

    @Message
    String queue_unassigned();

    @Message
    String queue_awaiting_second();

    @Message
    String queue_received(String date);

    @Message
    String queue_escalated(String level);

    @Message
    String status_received();

    @Message
    String status_acknowledged();

    @Message
    String status_in_progress();

    @Message
    String status_waiting_for_complainant();

    @Message
    String status_resolved();

    @Message
    String status_rejected();

    @Message
    String complaint_back();

    @Message
    String complaint_status();

    @Message
    String complaint_site();

    @Message
    String complaint_channel();

    @Message
    String complaint_category();

    @Message
    String complaint_received();

    @Message
    String complaint_due();

    @Message
    String complaint_paused();

    @Message
    String complaint_assignee();

    @Message
    String complaint_nobody();

    @Message
    String complaint_escalation();

    @Message
    String complaint_description();

    @Message
    String steps_title();

    @Message
    String step_acknowledge();

    @Message
    String step_start();

    @Message
    String step_resume();

    @Message
    String assign_title();

    @Message
    String assign_me();

    @Message
    String assign_handler_label();

    @Message
    String assign_submit();

    @Message
    String ask_title();

    @Message
    String ask_label();

    @Message
    String ask_hint();

    @Message
    String ask_submit();

    @Message
    String resolve_title();

    @Message
    String resolve_label();

    @Message
    String resolve_submit();

    @Message
    String reject_title();

    @Message
    String reject_label();

    @Message
    String reject_hint();

    @Message
    String reject_submit();

    @Message
    String pending_rejection_title();

    @Message
    String pending_by(String name, String date);

    @Message
    String pending_approve();

    @Message
    String pending_decline_label();

    @Message
    String pending_decline();

    @Message
    String pending_own();

    @Message
    String escalate_title();

    @Message
    String escalate_level();

    @Message
    String escalate_reason();

    @Message
    String escalate_submit();

    @Message
    String level_management();

    @Message
    String level_external_committee();

    @Message
    String message_title();

    @Message
    String message_visibility();

    @Message
    String message_to_complainant();

    @Message
    String message_internal();

    @Message
    String message_text();

    @Message
    String message_submit();

    @Message
    String conduct_title();

    @Message
    String conduct_intro();

    @Message
    String conduct_current();

    @Message
    String conduct_none();

    @Message
    String conduct_demand();

    @Message
    String conduct_manner();

    @Message
    String demand_reasonable();

    @Message
    String demand_unreasonable();

    @Message
    String demand_undetermined();

    @Message
    String manner_acceptable();

    @Message
    String manner_abusive();

    @Message
    String manner_undetermined();

    @Message
    String conduct_indicators();

    @Message
    String indicator_threat();

    @Message
    String indicator_insult();

    @Message
    String indicator_discrimination();

    @Message
    String indicator_disproportionate_demand();

    @Message
    String indicator_threat_to_expose_online();

    @Message
    String indicator_excessive_length_or_repetition();

    @Message
    String conduct_reason();

    @Message
    String conduct_submit();

    @Message
    String conduct_assessed_by(String name, String date);

    @Message
    String conduct_approved_by(String name);

    @Message
    String screening_title();

    @Message
    String screening_hint();

    @Message
    String screening_none();

    @Message
    String screening_item(String indicator);

    @Message
    String reassessment_title();

    @Message
    String reassessment_what(String demand, String manner);

    @Message
    String reassessment_approve();

    @Message
    String reassessment_decline();

    @Message
    String timeline_title();

    @Message
    String timeline_internal();

    @Message
    String timeline_complainant();

    @Message
    String timeline_by(String actor);

    @Message
    String done_acknowledge();

    @Message
    String done_start();

    @Message
    String done_resume();

    @Message
    String done_assign();

    @Message
    String done_ask();

    @Message
    String done_resolve();

    @Message
    String done_reject();

    @Message
    String done_reject_proposed();

    @Message
    String done_approve_rejection();

    @Message
    String done_decline_rejection();

    @Message
    String done_escalate();

    @Message
    String done_message();

    @Message
    String done_conduct();

    @Message
    String done_conduct_proposed();

    @Message
    String done_approve_reassessment();

    @Message
    String done_decline_reassessment();

    @Message
    String refusal_title();

    @Message
    String refused_reasonable_demand();

    @Message
    String refused_proposer();

    @Message
    String refused_conduct_assessor();

    @Message
    String refused_state();

    @Message
    String refused_rule();

    @Message
    String refused_invalid();

    @Message
    String refused_required();

    @Message
    String refusal_service_words();

    @Message
    String home_card();

    @Message
    String home_card_hint();

    @Message
    String code_complaint_received(String channel);

    @Message
    String code_complaint_acknowledged(String responseDue);

    @Message
    String code_complaint_assigned(String assignee);

    @Message
    String code_complaint_in_progress();

    @Message
    String code_complaint_waiting_for_complainant();

    @Message
    String code_complaint_complainant_message();

    @Message
    String code_complaint_resumed(String responseDue);

    @Message
    String code_complaint_message();

    @Message
    String code_complaint_note();

    @Message
    String code_complaint_conduct_assessed(String demand, String manner);

    @Message
    String code_complaint_demand_reassessment_proposed(String demand, String manner);

    @Message
    String code_complaint_demand_reassessment_declined();

    @Message
    String code_complaint_demand_reassessment_withdrawn();

    @Message
    String code_complaint_demand_reassessed(String to, String from);

    @Message
    String code_complaint_rejection_proposed();

    @Message
    String code_complaint_rejection_approved(String approvedBy, String proposedBy);

    @Message
    String code_complaint_rejection_declined();

    @Message
    String code_complaint_escalated(String level);

    @Message
    String code_complaint_escalation_requested(String level);

    @Message
    String code_complaint_resolved();

    @Message
    String code_complaint_rejected();

    @Message
    String code_complaint_reopened(String responseDue);

    @Message
    String code_complaint_overdue(String responseDue);

    @Message
    String code_unknown();
}
