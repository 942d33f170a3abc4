package io.frontline.web.banobjection;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a banned customer's pages in nl, en and ja: {@code messages/banobjection_<language>.properties};
 * templates use them as {@code {banobjection:key}}.
 */
@MessageBundle(value = "banobjection", locale = "en")
public interface BanObjectionMessages {
    @Message String title();
    @Message String intro();
    @Message String reference();
    @Message String reference_hint();
    @Message String secret();
    @Message String secret_hint();
    @Message String open();
    @Message String not_found();
    @Message String session_gone();
    @Message String status_title();
    @Message String what();
    @Message String covers();
    @Message String channels();
    @Message String alternative();
    @Message String alternative_text(String channel);
    @Message String from();
    @Message String until();
    @Message String no_end();
    @Message String state();
    @Message String type_contact_ban();
    @Message String type_entry_ban();
    @Message String coverage_sites(String sites);
    @Message String coverage_region(String region);
    @Message String coverage_chain();
    @Message String coverage_all_contact();
    @Message String coverage_department(String site);
    @Message String coverage_employee(String site);
    @Message String channel_phone();
    @Message String channel_email();
    @Message String channel_chat();
    @Message String channel_written();
    @Message String channel_in_person();
    @Message String every_channel();
    @Message String status_approved();
    @Message String status_active();
    @Message String status_expired();
    @Message String status_lifted();
    @Message String objection_title();
    @Message String objection_intro(String deadline);
    @Message String objection_closed();
    @Message String grounds();
    @Message String grounds_hint(int max);
    @Message String submit_objection();
    @Message String objection_filed_at();
    @Message String decision_due();
    @Message String late();
    @Message String outcome();
    @Message String outcome_upheld();
    @Message String outcome_overturned();
    @Message String outcome_shortened();
    @Message String decided_at();
    @Message String decision_reason();
    /** The reason of the decision from sanction-service's fixed list, in the customer's language (issue 17). */
    @Message String reason_facts_confirmed();
    @Message String reason_proportionate();
    @Message String reason_facts_not_established();
    @Message String reason_disproportionate();
    @Message String reason_procedure_not_followed();
    /** The decider's free text, shown as they wrote it, in whatever language. */
    @Message String decider_words();
    @Message String waiting();
    @Message String done_objection();
    @Message String field_required();
    @Message String field_invalid();
    @Message String other();
}
