package io.frontline.sanction.application.domain.model;

/** What the customer sees with their reference and secret: the notice and the ban as it stands now. */
public record BanNoticeView(BanNotice notice, Measure measure) {
}
