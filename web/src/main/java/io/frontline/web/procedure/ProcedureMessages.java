package io.frontline.web.procedure;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the formal-complaint screens (seed 004) in nl, en and ja: {@code messages/procedure_<language>.properties};
 * templates use them as {@code {procedure:key}}.
 */
@MessageBundle(value = "procedure", locale = "en")
public interface ProcedureMessages {
    @Message
    String title();

    @Message
    String intro();

    @Message
    String home_card();

    @Message
    String home_card_hint();

    @Message
    String home_mine();

    @Message
    String home_mine_hint();

    @Message
    String none();

    @Message
    String next();

    @Message
    String back();

    @Message
    String file_title();

    @Message
    String file_intro();

    @Message
    String file_accused();

    @Message
    String file_complaint();

    @Message
    String file_submit();

    @Message
    String filed();

    @Message
    String refused();

    @Message
    String refused_general();

    @Message
    String status_under_investigation();

    @Message
    String status_reported();

    @Message
    String status_decided();

    @Message
    String read_as();

    @Message
    String read_as_committee();

    @Message
    String read_as_management();

    @Message
    String read_as_complainant();

    @Message
    String read_as_accused();

    @Message
    String cannot_sit();

    @Message
    String next_term(String term, String standing);

    @Message
    String no_term();

    @Message
    String complainant();

    @Message
    String accused();

    @Message
    String complaint();

    @Message
    String received();

    @Message
    String terms_heading();

    @Message
    String term_hearings();

    @Message
    String term_report();

    @Message
    String term_decision();

    @Message
    String term_objection_answer();

    @Message
    String due_at(String at);

    @Message
    String due_in(String days);

    @Message
    String due_tomorrow();

    @Message
    String due_today();

    @Message
    String overdue_by(String days);

    @Message
    String met();

    @Message
    String met_late();

    @Message
    String missed_notice();

    @Message
    String hearings_heading();

    @Message
    String hearings_none();

    @Message
    String heard();

    @Message
    String recorded_by(String who, String at);

    @Message
    String seen();

    @Message
    String refused_to_sign(String reason);

    @Message
    String positions_heading();

    @Message
    String positions_none();

    @Message
    String side_complainant();

    @Message
    String side_accused();

    @Message
    String reply_to(String side);

    @Message
    String advisers_heading();

    @Message
    String experts_heading();

    @Message
    String measures_heading();

    @Message
    String votes_heading();

    @Message
    String report_heading();

    @Message
    String report_affected();

    @Message
    String report_finding();

    @Message
    String report_case_advice();

    @Message
    String report_sanction();

    @Message
    String report_measures();

    @Message
    String report_general_advice();

    @Message
    String report_issued(String at);

    @Message
    String finding_founded();

    @Message
    String finding_unfounded();

    @Message
    String finding_knowingly_false();

    @Message
    String sanction_none();

    @Message
    String sanction_written_reprimand();

    @Message
    String sanction_suspension();

    @Message
    String sanction_fine();

    @Message
    String sanction_transfer();

    @Message
    String sanction_dismissal();

    @Message
    String decision_heading();

    @Message
    String decision_follows();

    @Message
    String decision_departs();

    @Message
    String decision_reasons();

    @Message
    String decided_at(String at);

    @Message
    String objection_due(String at);

    @Message
    String objections_heading();

    @Message
    String objection_by(String side, String at);

    @Message
    String objection_answer(String at);

    @Message
    String objection_unanswered();

    @Message
    String measure_separate_workplaces();

    @Message
    String measure_separate_shifts();

    @Message
    String measure_leave_of_absence();

    @Message
    String measure_no_contact();

    @Message
    String measure_other();

    @Message
    String form_hearing();

    @Message
    String hearing_heard();

    @Message
    String hearing_record();

    @Message
    String hearing_refused_by();

    @Message
    String hearing_refusal_reason();

    @Message
    String hearing_submit();

    @Message
    String form_expert();

    @Message
    String expert_expertise();

    @Message
    String expert_submit();

    @Message
    String form_measure();

    @Message
    String measure_kind();

    @Message
    String measure_reason();

    @Message
    String measure_submit();

    @Message
    String form_vote();

    @Message
    String vote_submit();

    @Message
    String form_report();

    @Message
    String report_submit();

    @Message
    String report_hint();

    @Message
    String suspension_days();

    @Message
    String fine_amount();

    @Message
    String form_decision();

    @Message
    String decision_advice(String sanction, String measures);

    @Message
    String decision_reasons_rule();

    @Message
    String decision_departure_notice();

    @Message
    String decision_sanction();

    @Message
    String decision_site();

    @Message
    String decision_transfer_to();

    @Message
    String decision_measures();

    @Message
    String decision_reasons_field();

    @Message
    String decision_submit();

    @Message
    String form_answer();

    @Message
    String answer_text();

    @Message
    String answer_submit();

    @Message
    String form_position();

    @Message
    String position_text();

    @Message
    String position_reply_to();

    @Message
    String position_reply_none();

    @Message
    String position_submit();

    @Message
    String form_adviser();

    @Message
    String adviser_name();

    @Message
    String adviser_submit();

    @Message
    String form_objection();

    @Message
    String objection_reasons();

    @Message
    String objection_submit();

    @Message
    String done_hearings();

    @Message
    String done_experts();

    @Message
    String done_interim_measures();

    @Message
    String done_votes();

    @Message
    String done_report();

    @Message
    String done_decision();

    @Message
    String done_objections();

    @Message
    String done_answer();

    @Message
    String done_positions();

    @Message
    String done_advisers();

    @Message
    String refused_file_committee();

    @Message
    String refused_file_complainant();

    @Message
    String refused_file_accused();

    @Message
    String refused_decision_reasons();

    @Message
    String refused_decision_site();

    @Message
    String refused_hearings_heard();

    @Message
    String refused_hearings_acknowledgements();

    @Message
    String refused_report_finding();

    @Message
    String service_said(String text);
}
