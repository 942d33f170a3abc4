package io.frontline.notification.adapter.in.rest;

/** How many entries of the caller's inbox are unread. */
public record UnreadCountResponse(long unread) {
}
