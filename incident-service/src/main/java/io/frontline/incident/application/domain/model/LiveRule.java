package io.frontline.incident.application.domain.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What live call-center detection looks for during a running call (DESIGN.md, "Call-center detection":
 * threats count whether or not they use swear words). The wire names ({@code abusive-language},
 * {@code threatening-language}, ...) are what notification routing and the outcome statistics use.
 */
public enum LiveRule {
    /** Insults and profanity aimed at the employee or the company. */
    ABUSIVE_LANGUAGE(true, false, IncidentType.VERBAL_ABUSE),
    /** Threats of violence or other harm. */
    THREATENING_LANGUAGE(true, true, IncidentType.THREAT),
    /** Following, waiting for or visiting the employee at home, at work or on their way. */
    STALKING(true, true, IncidentType.THREAT, IncidentType.STALKING),
    /** Threats to expose the employee online: their name, photo, a review naming them. */
    EXPOSURE_THREAT(true, true, IncidentType.THREAT, IncidentType.ONLINE_DEFAMATION),
    /** Humiliating demands such as kneeling to apologise (dogeza). */
    HUMILIATING_DEMAND(true, false, IncidentType.UNREASONABLE_DEMAND, IncidentType.VERBAL_ABUSE),
    /** Remarks about origin, skin colour, religion, sex or orientation. */
    DISCRIMINATION(true, false, IncidentType.DISCRIMINATION),
    CALL_LENGTH(false, false, IncidentType.EXCESSIVE_CONTACT),
    REPEATED_CALLS(false, false, IncidentType.EXCESSIVE_CONTACT);

    private final boolean language;
    private final boolean threat;
    private final Set<IncidentType> incidentTypes;

    LiveRule(boolean language, boolean threat, IncidentType first, IncidentType... more) {
        this.language = language;
        this.threat = threat;
        this.incidentTypes = EnumSet.of(first, more);
    }

    /** The incident types a confirmed suggestion gets for this rule. */
    public Set<IncidentType> incidentTypes() {
        return EnumSet.copyOf(incidentTypes);
    }

    /** Whether the rule is decided by the caller's words (and so by the language's lexicon). */
    public boolean isLanguageRule() {
        return language;
    }

    /** Whether the rule is a threat to the employee: of harm, of being followed or of being exposed. */
    public boolean isThreat() {
        return threat;
    }

    /** The rule for a wire name such as {@code threatening-language}. */
    public static LiveRule ofWireName(String name) {
        for (LiveRule rule : values()) {
            if (rule.name().replace('_', '-').equalsIgnoreCase(name)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown detection rule " + name);
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
