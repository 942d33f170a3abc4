package io.frontline.prevention.application.domain.model;

import java.util.List;

/**
 * Who has and who has not acknowledged a policy version, for one site or the chain ({@code siteId} null):
 * the share is acknowledged / employees in percent with one decimal, 0 when there is nobody.
 */
public record AcknowledgementShare(String siteId, int employees, List<String> acknowledged, List<String> missing) {
    public double percent() {
        return Percent.of(acknowledged.size(), employees);
    }
}
