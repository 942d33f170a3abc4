package io.frontline.web;

/** One choice in a form: the value sent, the label read, whether it is the current one. */
public record Option(String value, String label, boolean selected) {
}
