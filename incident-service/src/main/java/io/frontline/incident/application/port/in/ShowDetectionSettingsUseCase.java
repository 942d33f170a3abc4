package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.PatternThresholds;

/**
 * The detection this service runs, as loaded at start (issue 14, the configuration views): live call-center
 * detection with its thresholds and lexicons, and the cross-site pattern's thresholds.
 */
public interface ShowDetectionSettingsUseCase {
    LiveDetection liveDetection();

    PatternThresholds crossSitePattern();
}
