package io.frontline.web.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The live console's texts in nl, en and ja: {@code messages/console_<language>.properties}, {@code {console:key}}. */
@MessageBundle(value = "console", locale = "en")
public interface ConsoleMessages {
    @Message
    String title();

    @Message
    String intro();

    @Message
    String home_card();

    @Message
    String home_card_hint();

    @Message
    String status_connecting();

    @Message
    String status_live();

    @Message
    String status_reconnecting();

    @Message
    String status_offline();

    @Message
    String alerts_label();

    @Message
    String none();

    @Message
    String needs_script();

    @Message
    String new_alert();

    @Message
    String call();

    @Message
    String agent();

    @Message
    String at_site();

    @Message
    String detected();

    @Message
    String lines();

    @Message
    String speaker_caller();

    @Message
    String speaker_agent();

    @Message
    String caller_history();

    @Message
    String caller_unknown();

    @Message
    String caller_loading();

    @Message
    String history_none();

    @Message
    String history_count(String count, String confirmed);

    @Message
    String measures_title();

    @Message
    String measures_none();

    @Message
    String measure_until(String until);

    @Message
    String take_over();

    @Message
    String confirm();

    @Message
    String dismiss();

    @Message
    String dismiss_reason();

    @Message
    String done_taken_over(String call);

    @Message
    String done_confirmed(String call, String reference);

    @Message
    String done_dismissed(String call);

    @Message
    String refused_decided();

    @Message
    String refused_reason();

    @Message
    String refused_other();

    @Message
    String outcome_open();

    @Message
    String outcome_confirmed();

    @Message
    String outcome_unfounded();

    @Message
    String measure_contact_ban();

    @Message
    String measure_entry_ban();

    @Message
    String measure_written_warning();

    @Message
    String measure_request_to_leave();

    @Message
    String measure_status_proposed();

    @Message
    String measure_status_approved();

    @Message
    String measure_status_active();

    @Message
    String measure_status_expired();

    @Message
    String measure_status_lifted();

    @Message
    String measure_status_rejected();
}
