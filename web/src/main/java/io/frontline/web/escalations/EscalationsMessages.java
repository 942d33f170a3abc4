package io.frontline.web.escalations;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the escalation screens and of the acknowledgement link's confirmation page in nl, en and ja:
 * {@code messages/escalations_<language>.properties}; templates use them as {@code {escalations:key}}.
 */
@MessageBundle(value = "escalations", locale = "en")
public interface EscalationsMessages {
    @Message
    String title();

    @Message
    String intro();

    @Message
    String filters();

    @Message
    String filter_open();

    @Message
    String filter_acknowledged();

    @Message
    String filter_exhausted();

    @Message
    String filter_all();

    @Message
    String none();

    @Message
    String next();

    @Message
    String status_open();

    @Message
    String status_acknowledged();

    @Message
    String status_exhausted();

    @Message
    String started(String at);

    @Message
    String level(String level, String round);

    @Message
    String next_level(String at);

    @Message
    String policy();

    @Message
    String about();

    @Message
    String acknowledged(String who, String at, String via);

    @Message
    String via_api();

    @Message
    String via_link();

    @Message
    String via_action();

    @Message
    String history_heading();

    @Message
    String step(String round, String level, String at, String who);

    @Message
    String step_skipped(String round, String level, String at);

    @Message
    String acknowledge();

    @Message
    String acknowledge_hint();

    @Message
    String done();

    @Message
    String refused_conflict();

    @Message
    String back();

    @Message
    String link_title();

    @Message
    String link_intro();

    @Message
    String link_for(String who);

    @Message
    String link_expires(String at);

    @Message
    String link_already(String who);

    @Message
    String link_confirm();

    @Message
    String link_done_title();

    @Message
    String link_done();

    @Message
    String link_done_already(String who);

    @Message
    String link_gone_title();

    @Message
    String link_gone();

    @Message
    String link_invalid_title();

    @Message
    String link_invalid();

    @Message
    String home_card();

    @Message
    String home_card_hint();
}
