package io.frontline.web.escalations;

import io.frontline.web.i18n.Texts;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.List;

/** What the escalation screens show, already in the reader's language. */
final class EscalationViews {
    private EscalationViews() {
    }

    record Filter(String id, String label, String href, boolean current) {
    }

    record Row(String id, String reference, String severityCode, String severity, String statusCode, String status,
               String site, String started, String level) {
    }

    record Detail(String id, String reference, String eventType, String severityCode, String severity,
                  String statusCode, String status, String site, String policy, String started, String level,
                  String nextLevel, String acknowledged, List<String> history) {
    }

    /** The link's confirmation page: what it would acknowledge, in whose name, until when. */
    record LinkView(String reference, String severity, String site, String forWhom, String expires, String already) {
    }

    /** A text chosen by a code the service sends ({@code status_}, {@code severity_}, {@code via_}). */
    static String label(EscalationsMessages messages, String language, String prefix, String code) {
        return Texts.label(EscalationsMessages.class, messages, language, prefix, code);
    }

    static EscalationsMessages in(String language) {
        return MessageBundles.get(EscalationsMessages.class, Localized.Literal.of(language));
    }
}
