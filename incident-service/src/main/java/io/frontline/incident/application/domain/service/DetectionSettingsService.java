package io.frontline.incident.application.domain.service;

import io.frontline.incident.application.domain.model.CrossSitePattern;
import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.PatternThresholds;
import io.frontline.incident.application.port.in.ShowDetectionSettingsUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The same detection instances the live detection and the pattern check use: what is shown is what runs. */
@ApplicationScoped
public class DetectionSettingsService implements ShowDetectionSettingsUseCase {
    private final LiveDetection live;
    private final CrossSitePattern pattern;

    @Inject
    public DetectionSettingsService(LiveDetection live, CrossSitePattern pattern) {
        this.live = live;
        this.pattern = pattern;
    }

    @Override
    public LiveDetection liveDetection() {
        return live;
    }

    @Override
    public PatternThresholds crossSitePattern() {
        return pattern.thresholds();
    }
}
