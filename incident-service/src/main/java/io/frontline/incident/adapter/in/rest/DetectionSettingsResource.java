package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.LiveDetectionSettings;
import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.PatternThresholds;
import io.frontline.incident.application.port.in.ShowDetectionSettingsUseCase;
import io.frontline.platform.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The detection rules and thresholds in force, read-only (issue 14): administrators, and HQ safety who answer
 * for the chain's approach. Lexicons are given as counts of phrases per rule and language, not their text.
 */
@Path("/api/admin/configuration/detection")
@Tag(name = "Configuration")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.HQ_SAFETY})
public class DetectionSettingsResource {
    @Inject
    ShowDetectionSettingsUseCase detection;

    /**
     * One live rule: whether the caller's words decide it, the summed phrase weight a segment needs (language rules),
     * the incident types a confirmed suggestion gets, and the lexicon's phrases for it per language; for a language
     * rule also the probability from which the trained classifier suggests it, per language (the chain's own
     * {@code classifierThreshold} when set, else the default chosen at training).
     */
    public record RuleBody(String rule, boolean languageRule, Integer threshold, List<String> incidentTypes,
                           Map<String, Integer> phrases, Double classifierThreshold,
                           Map<String, Double> classifierThresholds) {
    }

    public record PatternBody(int reports, int sites, String window) {
    }

    public record DetectionBody(List<RuleBody> rules, int languageThreshold, String maxCallLength, int repeatedCalls,
                                String repeatedCallsWindow, PatternBody crossSitePattern) {
    }

    @GET
    @Operation(summary = "Live detection's rules with their thresholds, and the cross-site pattern's thresholds")
    public DetectionBody detection() {
        LiveDetection live = detection.liveDetection();
        LiveDetectionSettings s = live.settings();
        Map<String, Map<LiveRule, Integer>> phrases = live.phrasesPerLanguage();
        List<RuleBody> rules = new ArrayList<>();
        for (LiveRule rule : LiveRule.values()) {
            Map<String, Integer> perLanguage = new LinkedHashMap<>();
            Map<String, Double> classifier = new LinkedHashMap<>();
            if (rule.isLanguageRule()) {
                phrases.forEach((language, counts) -> perLanguage.put(language, counts.getOrDefault(rule, 0)));
                live.languages().forEach(language -> classifier.put(language, live.classifierThreshold(rule, language)));
            }
            rules.add(new RuleBody(rule.wireName(), rule.isLanguageRule(),
                    rule.isLanguageRule() ? s.threshold(rule) : null,
                    rule.incidentTypes().stream().map(DetectionSettingsResource::wire).sorted().toList(), perLanguage,
                    s.classifierThresholds().get(rule), rule.isLanguageRule() ? classifier : null));
        }
        PatternThresholds p = detection.crossSitePattern();
        return new DetectionBody(rules, s.languageThreshold(), s.maxCallLength().toString(), s.repeatedCalls(),
                s.repeatedCallsWindow().toString(), new PatternBody(p.reports(), p.sites(), p.window().toString()));
    }

    private static String wire(IncidentType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
