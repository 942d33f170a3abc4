package io.frontline.notification.adapter.in.directory;

import java.util.List;

/** The directory file is missing or wrong; the service refuses to start. */
class InvalidDirectoryException extends RuntimeException {
    private final List<String> problems;

    public InvalidDirectoryException(String origin, List<String> problems) {
        super("Directory file " + origin + " is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
