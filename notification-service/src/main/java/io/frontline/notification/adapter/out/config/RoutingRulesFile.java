package io.frontline.notification.adapter.out.config;

import io.frontline.platform.config.ConfigFile;
import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.RecipientKind;
import io.frontline.notification.application.domain.model.RoutingRule;
import io.frontline.notification.application.domain.model.RoutingRules;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.domain.service.SilentEventTypes;
import io.frontline.platform.events.EventTypes;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and checks a routing rule file (format in the service README and {@code routing-rules.yaml}):
 * every type must be a known event type, every recipient kind and channel known, and every event type the
 * other services publish covered. All problems are reported at once.
 */
final class RoutingRulesFile {

    private RoutingRulesFile() {
    }

    record RuleDoc(String type, String minSeverity, List<String> sites, String severity, List<String> to,
                   List<String> channels) {
    }

    record Doc(List<RuleDoc> rules) {
    }

    public static RoutingRules read(InputStream yaml, String origin) {
        Doc doc = ConfigFile.readYaml(yaml, Doc.class, origin, InvalidRoutingRulesException::new);
        if (doc == null || doc.rules() == null || doc.rules().isEmpty()) {
            throw new InvalidRoutingRulesException(origin, List.of("has no 'rules'"));
        }
        List<String> problems = new ArrayList<>();
        List<RoutingRule> rules = new ArrayList<>();
        int number = 0;
        for (RuleDoc rule : doc.rules()) {
            number++;
            String where = "rule #" + number + (rule == null || rule.type() == null ? "" : " (" + rule.type() + ")");
            if (rule == null || rule.type() == null || rule.type().isBlank()) {
                problems.add(where + " needs a type");
                continue;
            }
            Severity minSeverity = severity(rule.minSeverity(), where + " minSeverity", problems);
            Severity severity = severity(rule.severity(), where + " severity", problems);
            List<RecipientKind> kinds = new ArrayList<>();
            for (String to : list(rule.to())) {
                RecipientKind.fromCode(to).ifPresentOrElse(kinds::add, () -> problems.add(where
                        + " names unknown recipient kind '" + to + "'; expected one of " + kindCodes()));
            }
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            for (String channel : list(rule.channels())) {
                Channel.fromCode(channel).ifPresentOrElse(channels::add, () -> problems.add(where
                        + " names unknown channel '" + channel + "'; expected email, webhook or in-app"));
            }
            rules.add(new RoutingRule(rule.type().strip(), minSeverity, new LinkedHashSet<>(list(rule.sites())),
                    severity, kinds, channels));
        }
        RoutingRules ruleSet = new RoutingRules(rules);
        problems.addAll(ruleSet.problems(EventTypes.ALL, SilentEventTypes.NOT_NOTIFYING));
        if (!problems.isEmpty()) {
            throw new InvalidRoutingRulesException(origin, problems);
        }
        return ruleSet;
    }

    private static Severity severity(String value, String where, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + " '" + value + "' is not low, medium, high or critical");
            return null;
        }
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static List<String> kindCodes() {
        return java.util.Arrays.stream(RecipientKind.values()).map(RecipientKind::code).toList();
    }
}
