package io.frontline.web.guest;

import io.frontline.web.Option;

import java.util.List;

/** A complaint as its complainant sees it on the tracking page, every text already in their language. */
public record ComplaintStatusView(String reference, String status, String statusLabel, String due,
                                  boolean waitingForYou, List<Message> messages, String escalation,
                                  List<Option> escalationLevels, boolean closed,
                                  boolean reopenable) {

    public record Message(String at, String from, boolean fromYou, String line, String text) {
    }
}
