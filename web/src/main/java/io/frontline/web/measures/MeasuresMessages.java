package io.frontline.web.measures;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the bans and measures screens in nl, en and ja:
 * {@code messages/measures_<language>.properties}; templates use them as {@code {measures:key}}.
 */
@MessageBundle(value = "measures", locale = "en")
public interface MeasuresMessages {
    @Message
    String title();

    @Message
    String intro();

    @Message
    String queue_awaiting_approval();

    @Message
    String queue_active();

    @Message
    String queue_expiring();

    @Message
    String queue_objections_pending();

    @Message
    String queues();

    @Message
    String queue_show_excluded();

    @Message
    String queue_hide_excluded();

    @Message
    String queue_none();

    @Message
    String queue_next();

    @Message
    String queue_first();

    @Message
    String open();

    @Message
    String type_written_warning();

    @Message
    String type_request_to_leave();

    @Message
    String type_contact_ban();

    @Message
    String type_entry_ban();

    @Message
    String type_written_reprimand();

    @Message
    String type_suspension();

    @Message
    String type_fine();

    @Message
    String type_transfer();

    @Message
    String type_dismissal();

    @Message
    String status_proposed();

    @Message
    String status_approved();

    @Message
    String status_active();

    @Message
    String status_expired();

    @Message
    String status_lifted();

    @Message
    String status_rejected();

    @Message
    String site();

    @Message
    String customer();

    @Message
    String employee();

    @Message
    String duration();

    @Message
    String starts();

    @Message
    String until();

    @Message
    String proposed(String who, String at);

    @Message
    String approved(String who, String at);

    @Message
    String ended(String who, String at, String reason);

    @Message
    String terms();

    @Message
    String terms_contact(String channels, String alternative);

    @Message
    String terms_entry_sites(String sites);

    @Message
    String terms_entry_region(String region);

    @Message
    String terms_entry_chain();

    @Message
    String rule_heading();

    @Message
    String rule();

    @Message
    String explanation();

    @Message
    String rule_critical_incident();

    @Message
    String rule_low_first_offence();

    @Message
    String rule_first_ban();

    @Message
    String rule_repeat_within_12_months();

    @Message
    String rule_further_repeat_within_12_months();

    @Message
    String rule_held_beside_pending_proposal();

    @Message
    String rule_manual();

    @Message
    String rule_procedure();

    @Message
    String history_heading();

    @Message
    String history_none();

    @Message
    String history_incident();

    @Message
    String history_measure();

    @Message
    String police();

    @Message
    String pending_beside();

    @Message
    String approval_heading();

    @Message
    String approve();

    @Message
    String approve_hint();

    @Message
    String reject();

    @Message
    String reject_reason();

    @Message
    String reason_proposer();

    @Message
    String reason_incident_confirmer();

    @Message
    String reason_suggestion_confirmer();

    @Message
    String reason_procedure_decider();

    @Message
    String reason_not_entitled();

    @Message
    String reason_not_proposed();

    @Message
    String lift_heading();

    @Message
    String lift_reason();

    @Message
    String lift_wrongly();

    @Message
    String lift();

    @Message
    String objection_heading();

    @Message
    String objection_none();

    @Message
    String objection_grounds();

    @Message
    String objection_file();

    @Message
    String objection_filed(String who, String at, String due);

    @Message
    String objection_decide();

    @Message
    String objection_outcome();

    @Message
    String outcome_upheld();

    @Message
    String outcome_overturned();

    @Message
    String outcome_shortened();

    @Message
    String objection_until();

    @Message
    String objection_reason();

    /** The reason of an objection's decision from sanction-service's fixed list (issue 17). */
    @Message
    String objection_code();

    @Message
    String objection_code_choose();

    @Message
    String objection_code_facts_confirmed();

    @Message
    String objection_code_proportionate();

    @Message
    String objection_code_facts_not_established();

    @Message
    String objection_code_disproportionate();

    @Message
    String objection_code_procedure_not_followed();

    @Message
    String objection_decided(String who, String at, String outcome, String reason);

    @Message
    String objection_refused_approver();

    @Message
    String objection_refused_proposer();

    @Message
    String objection_refused_not_entitled();

    @Message
    String done_approved();

    @Message
    String done_rejected();

    @Message
    String done_lifted();

    @Message
    String done_objection();

    @Message
    String done_decided();

    @Message
    String refused_forbidden();

    @Message
    String refused_conflict();

    @Message
    String refused_invalid();

    @Message
    String field_required();

    @Message
    String back();

    @Message
    String home_card();

    @Message
    String home_card_hint();
}
