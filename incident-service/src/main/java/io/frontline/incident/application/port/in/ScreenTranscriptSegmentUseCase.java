package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.TranscriptSegment;

import java.util.Set;

/**
 * Screens one segment of a running call. The first hit of a rule in a call raises a live alert for the
 * floor supervisor and adds the rule to the call's one suggested incident; later hits add nothing.
 */
public interface ScreenTranscriptSegmentUseCase {
    /** @return the rules that raised a new alert */
    Set<LiveRule> screen(TranscriptSegment segment);
}
