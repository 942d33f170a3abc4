package io.frontline.web.procedure;

import io.frontline.web.Option;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;

/** What the formal-complaint screens show, already in the reader's language. */
final class ProcedureViews {
    private ProcedureViews() {
    }

    record Row(String id, String reference, String statusCode, String status, String readAs, boolean cannotSit,
               String nextTerm, String nextTermState) {
    }

    record TermRow(String code, String label, String due, String standing, String state, boolean missedNotice) {
    }

    record HearingView(String id, String heard, String recorded, String record, List<String> acknowledgements) {
    }

    record PositionView(String id, String side, String text, String reply, String at) {
    }

    record ReportView(String complainant, String accused, String affected, String complaint, String finding,
                      String sanction, String measures, String generalAdvice, String issued) {
    }

    record DecisionView(String finding, String sanction, String employee, String measures, boolean followsAdvice,
                        String reasons, String decided, String objectionDue) {
    }

    record ObjectionView(String id, String by, String reasons, String answer, String answered, boolean answerable) {
    }

    /** The case as the reader may see it, and which forms to offer them. */
    record CaseView(String id, String reference, String statusCode, String status, String readAsCode, String readAs,
                    String complainant, String accused, String complaint, String received, boolean cannotSit,
                    boolean committee, boolean management, boolean party, List<TermRow> terms,
                    List<HearingView> hearings, List<PositionView> positions, List<String> advisers,
                    List<String> experts, List<String> measures, List<String> votes, ReportView report,
                    DecisionView decision, List<ObjectionView> objections, List<Option> replyTo,
                    boolean canObject, boolean canVote, boolean canReport, boolean canDecide, String adviceCode,
                    String advice) {
    }

    static final List<String> FINDINGS = List.of("founded", "unfounded", "knowingly-false");
    static final List<String> SANCTIONS = List.of("written-reprimand", "suspension", "fine", "transfer", "dismissal");
    static final List<String> MEASURES = List.of("separate-workplaces", "separate-shifts", "leave-of-absence",
            "no-contact", "other");

    static List<Option> options(ProcedureMessages t, String prefix, List<String> codes) {
        return codes.stream().map(c -> new Option(c, label(t, prefix, c), false)).toList();
    }

    /** A text chosen by a code the service sends ({@code status_}, {@code finding_}, {@code term_}, ...). */
    static String label(ProcedureMessages messages, String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            Method method = ProcedureMessages.class.getMethod(prefix + code.replace('-', '_').toLowerCase(Locale.ROOT));
            return (String) method.invoke(messages);
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return code;
        }
    }

    /** The text for a code when the bundle has one, else null (the caller then uses the service's own words). */
    static String known(ProcedureMessages messages, String prefix, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            Method method = ProcedureMessages.class.getMethod(prefix + code.replace('-', '_').replace('.', '_')
                    .toLowerCase(Locale.ROOT));
            return (String) method.invoke(messages);
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return null;
        }
    }

    /** "due in 5 days", "overdue by 2 days", "met in time": a term's standing in words. */
    static String standing(ProcedureMessages t, TermClock.Standing s) {
        return switch (s.state()) {
            case MET -> t.met();
            case MET_LATE -> t.met_late();
            case OVERDUE -> t.overdue_by(Long.toString(s.days()));
            case OPEN -> s.days() == 0 ? t.due_today() : s.days() == 1 ? t.due_tomorrow()
                    : t.due_in(Long.toString(s.days()));
        };
    }

    static ProcedureMessages in(String language) {
        return MessageBundles.get(ProcedureMessages.class, Localized.Literal.of(language));
    }
}
